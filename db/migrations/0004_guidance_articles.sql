ALTER TABLE `articles` ADD `author_id` integer REFERENCES users(id) ON DELETE set null;--> statement-breakpoint
ALTER TABLE `articles` ADD `status` text DEFAULT 'published' NOT NULL;--> statement-breakpoint
ALTER TABLE `articles` ADD `unpublished_reason` text;--> statement-breakpoint
CREATE INDEX `articles_author_id_idx` ON `articles` (`author_id`);--> statement-breakpoint
CREATE INDEX `articles_status_idx` ON `articles` (`status`);