CREATE TABLE `mentorship_feedback` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mentorship_id` integer NOT NULL,
	`author_id` integer NOT NULL,
	`rating` integer NOT NULL,
	`comment` text DEFAULT '' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`mentorship_id`) REFERENCES `mentorships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "mentorship_feedback_rating" CHECK(rating BETWEEN 1 AND 5)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mentorship_feedback_author_idx` ON `mentorship_feedback` (`mentorship_id`,`author_id`);--> statement-breakpoint
CREATE TABLE `mentorship_goals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mentorship_id` integer NOT NULL,
	`text` text NOT NULL,
	`position` integer NOT NULL,
	`done_at` integer,
	`done_by` integer,
	FOREIGN KEY (`mentorship_id`) REFERENCES `mentorships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`done_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `mentorship_goals_mentorship_idx` ON `mentorship_goals` (`mentorship_id`,`position`);--> statement-breakpoint
CREATE TABLE `mentorship_messages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mentorship_id` integer NOT NULL,
	`author_id` integer,
	`body` text NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`mentorship_id`) REFERENCES `mentorships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`author_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `mentorship_messages_mentorship_idx` ON `mentorship_messages` (`mentorship_id`,`id`);--> statement-breakpoint
CREATE TABLE `mentorship_reports` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mentorship_id` integer NOT NULL,
	`reporter_id` integer,
	`reason` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`mentorship_id`) REFERENCES `mentorships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`reporter_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `mentorship_reports_status_idx` ON `mentorship_reports` (`status`,`created_at`);--> statement-breakpoint
CREATE TABLE `mentorship_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`learner_id` integer NOT NULL,
	`mentor_id` integer NOT NULL,
	`message` text NOT NULL,
	`goals` text DEFAULT '[]' NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`question` text,
	`answer` text,
	`decline_reason` text,
	`decline_note` text,
	`created_at` integer NOT NULL,
	`first_response_at` integer,
	`expires_at` integer NOT NULL,
	`closed_at` integer,
	`expired_on_mentor` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`learner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mentor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "mentorship_requests_not_self" CHECK(learner_id <> mentor_id)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mentorship_requests_open_pair_idx` ON `mentorship_requests` (`learner_id`,`mentor_id`) WHERE status IN ('pending', 'needs_info');--> statement-breakpoint
CREATE INDEX `mentorship_requests_learner_idx` ON `mentorship_requests` (`learner_id`,`status`);--> statement-breakpoint
CREATE INDEX `mentorship_requests_mentor_idx` ON `mentorship_requests` (`mentor_id`,`status`);--> statement-breakpoint
CREATE INDEX `mentorship_requests_expiry_idx` ON `mentorship_requests` (`status`,`expires_at`);--> statement-breakpoint
CREATE TABLE `mentorship_sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`mentorship_id` integer NOT NULL,
	`starts_at` integer NOT NULL,
	`duration_minutes` integer DEFAULT 60 NOT NULL,
	`notes` text DEFAULT '' NOT NULL,
	`next_steps` text DEFAULT '' NOT NULL,
	`created_by` integer,
	`created_at` integer NOT NULL,
	FOREIGN KEY (`mentorship_id`) REFERENCES `mentorships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`created_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `mentorship_sessions_mentorship_idx` ON `mentorship_sessions` (`mentorship_id`,`starts_at`);--> statement-breakpoint
CREATE TABLE `mentorships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`request_id` integer NOT NULL,
	`learner_id` integer NOT NULL,
	`mentor_id` integer NOT NULL,
	`status` text DEFAULT 'active' NOT NULL,
	`created_at` integer NOT NULL,
	`ended_at` integer,
	`ended_by` integer,
	`end_reason` text,
	FOREIGN KEY (`request_id`) REFERENCES `mentorship_requests`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`learner_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`mentor_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`ended_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `mentorships_requestId_unique` ON `mentorships` (`request_id`);--> statement-breakpoint
CREATE INDEX `mentorships_mentor_idx` ON `mentorships` (`mentor_id`,`status`);--> statement-breakpoint
CREATE INDEX `mentorships_learner_idx` ON `mentorships` (`learner_id`,`status`);--> statement-breakpoint
ALTER TABLE `users` ADD `suspended_until` integer;--> statement-breakpoint
ALTER TABLE `users` ADD `suspension_reason` text;--> statement-breakpoint
ALTER TABLE `profiles` ADD `paused_reason` text;