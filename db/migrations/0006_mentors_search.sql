-- Full-text index over mentors (FTS5): the name from users, headline, bio and
-- expertise from profiles. It spans two tables, so it holds its own copy of the
-- text (not external content) with rowid = users.id. drizzle-kit cannot express
-- virtual tables, so this migration is written by hand; triggers keep the index
-- in step. Deleting a user cascades to profiles, whose delete trigger covers it.
-- Expertise is a JSON array of strings: its values are indexed joined by spaces.
CREATE VIRTUAL TABLE `mentors_fts` USING fts5(
	display_name, headline, bio, expertise,
	tokenize='porter unicode61 remove_diacritics 2'
);
--> statement-breakpoint
INSERT INTO mentors_fts(rowid, display_name, headline, bio, expertise)
SELECT p.user_id, u.display_name, p.headline, p.bio,
	(SELECT group_concat(value, ' ') FROM json_each(CASE WHEN json_valid(p.expertise) THEN p.expertise ELSE '[]' END))
FROM profiles p JOIN users u ON u.id = p.user_id;
--> statement-breakpoint
CREATE TRIGGER `mentors_fts_after_profile_insert` AFTER INSERT ON `profiles` BEGIN
	INSERT INTO mentors_fts(rowid, display_name, headline, bio, expertise)
	SELECT new.user_id, u.display_name, new.headline, new.bio,
		(SELECT group_concat(value, ' ') FROM json_each(CASE WHEN json_valid(new.expertise) THEN new.expertise ELSE '[]' END))
	FROM users u WHERE u.id = new.user_id;
END;
--> statement-breakpoint
CREATE TRIGGER `mentors_fts_after_profile_update` AFTER UPDATE OF user_id, headline, bio, expertise ON `profiles` BEGIN
	DELETE FROM mentors_fts WHERE rowid = old.user_id;
	INSERT INTO mentors_fts(rowid, display_name, headline, bio, expertise)
	SELECT new.user_id, u.display_name, new.headline, new.bio,
		(SELECT group_concat(value, ' ') FROM json_each(CASE WHEN json_valid(new.expertise) THEN new.expertise ELSE '[]' END))
	FROM users u WHERE u.id = new.user_id;
END;
--> statement-breakpoint
CREATE TRIGGER `mentors_fts_after_profile_delete` AFTER DELETE ON `profiles` BEGIN
	DELETE FROM mentors_fts WHERE rowid = old.user_id;
END;
--> statement-breakpoint
CREATE TRIGGER `mentors_fts_after_user_rename` AFTER UPDATE OF display_name ON `users` BEGIN
	UPDATE mentors_fts SET display_name = new.display_name WHERE rowid = new.id;
END;
