CREATE TABLE `articles` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`source_key` text NOT NULL,
	`slug` text NOT NULL,
	`title` text NOT NULL,
	`summary` text NOT NULL,
	`body_markdown` text NOT NULL,
	`body_text` text NOT NULL,
	`author` text,
	`author_credentials` text,
	`topic` text,
	`topic_slug` text,
	`keywords` text DEFAULT '[]' NOT NULL,
	`published_on` text,
	`reading_minutes` integer NOT NULL,
	`related_refs` text DEFAULT '[]' NOT NULL,
	`source_format` text NOT NULL,
	`content_hash` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `articles_sourceKey_unique` ON `articles` (`source_key`);--> statement-breakpoint
CREATE UNIQUE INDEX `articles_slug_unique` ON `articles` (`slug`);--> statement-breakpoint
CREATE INDEX `articles_topic_slug_idx` ON `articles` (`topic_slug`);--> statement-breakpoint
CREATE INDEX `articles_published_on_idx` ON `articles` (`published_on`);