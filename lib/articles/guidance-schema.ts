import { z } from "zod";
import { isTopic } from "@/lib/topics/vocabulary";

export const guidanceSchema = z.object({
  title: z.string().trim().min(5, "Use at least 5 characters.").max(200, "Use at most 200 characters."),
  summary: z.string().trim().min(20, "Use at least 20 characters.").max(300, "Use at most 300 characters."),
  topic: z
    .string()
    .trim()
    .refine((t) => t === "" || isTopic(t), "Choose a topic from the list."),
  body: z.string().trim().min(50, "Write at least 50 characters.").max(50_000, "Use at most 50,000 characters."),
});

export const unpublishSchema = z.object({
  articleId: z.coerce.number().int().positive(),
  reason: z.string().trim().min(5, "Give a reason of at least 5 characters: the author will see it.").max(500, "Use at most 500 characters."),
});

export type GuidanceInput = z.infer<typeof guidanceSchema>;
