// What every change in lib/mentorships answers: done (with what it made) or a
// refusal an action can show beside the form. A refusal wrote nothing.
export type Refusal = { ok: false; status: 400 | 403 | 404 | 409; message: string; fieldErrors?: Record<string, string[]> };
export type Result<T = object> = ({ ok: true } & T) | Refusal;

export const refuse = (message: string, status: Refusal["status"] = 409, fieldErrors?: Record<string, string[]>): Refusal =>
  fieldErrors ? { ok: false, status, message, fieldErrors } : { ok: false, status, message };
