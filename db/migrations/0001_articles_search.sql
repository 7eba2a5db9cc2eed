-- Full-text index over articles (FTS5, external content). drizzle-kit cannot
-- express virtual tables, so this migration is written by hand; triggers keep
-- the index in step with every insert, update and delete.
CREATE VIRTUAL TABLE `articles_fts` USING fts5(
	title, summary, keywords, body_text,
	content='articles', content_rowid='id',
	tokenize='porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
CREATE TRIGGER `articles_fts_after_insert` AFTER INSERT ON `articles` BEGIN
	INSERT INTO articles_fts(rowid, title, summary, keywords, body_text)
	VALUES (new.id, new.title, new.summary, new.keywords, new.body_text);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_after_delete` AFTER DELETE ON `articles` BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, summary, keywords, body_text)
	VALUES ('delete', old.id, old.title, old.summary, old.keywords, old.body_text);
END;
--> statement-breakpoint
CREATE TRIGGER `articles_fts_after_update` AFTER UPDATE ON `articles` BEGIN
	INSERT INTO articles_fts(articles_fts, rowid, title, summary, keywords, body_text)
	VALUES ('delete', old.id, old.title, old.summary, old.keywords, old.body_text);
	INSERT INTO articles_fts(rowid, title, summary, keywords, body_text)
	VALUES (new.id, new.title, new.summary, new.keywords, new.body_text);
END;
