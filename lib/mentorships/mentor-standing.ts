import "server-only";
import type { Db } from "@/db/client";
import { freePlaces } from "./capacity";
import { mentorRecord, type MentorRecord } from "./feedback";
import { medianReplyMs, replyTimeText } from "./reply-time";

export type MentorStanding = { record: MentorRecord; replyTime: string | null; freePlaces: number };

/** What a mentor's public profile says about them beyond what they wrote: track record, reply time, room. */
export function mentorStanding(db: Db, { mentorId, now = new Date() }: { mentorId: number; now?: Date }): MentorStanding {
  return { record: mentorRecord(db, { mentorId, now }), replyTime: replyTimeText(medianReplyMs(db, { mentorId })), freePlaces: freePlaces(db, { mentorId }) };
}
