-- Forum full-text search (FTS5, external content): thread titles and post
-- bodies, kept in step by triggers. Hand-written: drizzle-kit cannot express
-- virtual tables or triggers.
CREATE VIRTUAL TABLE `forum_threads_fts` USING fts5(
	title,
	content='forum_threads', content_rowid='id',
	tokenize='porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `forum_threads_fts_after_insert` AFTER INSERT ON `forum_threads` BEGIN
	INSERT INTO forum_threads_fts(rowid, title) VALUES (new.id, new.title);
END;
--> statement-breakpoint
CREATE TRIGGER `forum_threads_fts_after_delete` AFTER DELETE ON `forum_threads` BEGIN
	INSERT INTO forum_threads_fts(forum_threads_fts, rowid, title) VALUES ('delete', old.id, old.title);
END;
--> statement-breakpoint
CREATE TRIGGER `forum_threads_fts_after_update` AFTER UPDATE OF title ON `forum_threads` BEGIN
	INSERT INTO forum_threads_fts(forum_threads_fts, rowid, title) VALUES ('delete', old.id, old.title);
	INSERT INTO forum_threads_fts(rowid, title) VALUES (new.id, new.title);
END;
--> statement-breakpoint
CREATE VIRTUAL TABLE `forum_posts_fts` USING fts5(
	body,
	content='forum_posts', content_rowid='id',
	tokenize='porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `forum_posts_fts_after_insert` AFTER INSERT ON `forum_posts` BEGIN
	INSERT INTO forum_posts_fts(rowid, body) VALUES (new.id, new.body);
END;
--> statement-breakpoint
CREATE TRIGGER `forum_posts_fts_after_delete` AFTER DELETE ON `forum_posts` BEGIN
	INSERT INTO forum_posts_fts(forum_posts_fts, rowid, body) VALUES ('delete', old.id, old.body);
END;
--> statement-breakpoint
CREATE TRIGGER `forum_posts_fts_after_update` AFTER UPDATE OF body ON `forum_posts` BEGIN
	INSERT INTO forum_posts_fts(forum_posts_fts, rowid, body) VALUES ('delete', old.id, old.body);
	INSERT INTO forum_posts_fts(rowid, body) VALUES (new.id, new.body);
END;
--> statement-breakpoint
-- The moderation log is append-only, whoever connects.
CREATE TRIGGER `moderation_log_no_update` BEFORE UPDATE ON `moderation_log` BEGIN
	SELECT RAISE(ABORT, 'the moderation log cannot be changed');
END;
--> statement-breakpoint
CREATE TRIGGER `moderation_log_no_delete` BEFORE DELETE ON `moderation_log` BEGIN
	SELECT RAISE(ABORT, 'the moderation log cannot be changed');
END;
--> statement-breakpoint
INSERT INTO `forum_categories` (`slug`, `name`, `description`, `position`) VALUES
	('mentorship', 'Mentorship', 'Finding a mentor, being one, and making the most of the time together.', 1),
	('support-networks', 'Support networks', 'Peer support: the people and groups that keep you going.', 2),
	('learning-communities', 'Learning communities', 'Study groups, cohorts, meetups and learning in public.', 3),
	('career-growth', 'Career growth', 'Promotions, job changes, negotiation and the long view.', 4),
	('introductions', 'Introductions', 'New here? Say hello and tell us what brings you.', 5),
	('site-feedback', 'Site feedback', 'Ideas, bugs and questions about this site.', 6);
