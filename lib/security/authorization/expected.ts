// The authorization matrix: every server action (each exported function of
// app/**/actions.ts) and every route handler method (app/**/route.ts), and
// what happens when each kind of person uses it on an object it could
// succeed on. matrix.test.ts runs every cell for real and compares; an
// action or route on disk without a row fails, and so does a row for one
// that is gone.
//
//   allowed    the change it is for happened (a read: the answer was served,
//              the actor's own where it is personal)
//   sign-in    sent to /sign-in?callbackUrl=…, and nothing changed
//   forbidden  forbidden(): a 403 page, and nothing changed
//   refused    an error in the form, an error in the URL it went back to, a
//              4xx answer, or a silent no-op; in every case nothing changed
//   n/a        not ours to authorize (the reason is in NOTES)
//
// Roles: anonymous (no session); learner, mentor, moderator, admin (a member
// of that role with nothing to do with the object); suspended (a learner
// suspended until next week); owner (whom the object belongs to: each
// scenario says who, e.g. the post's author, the request's mentor, the
// account itself, and the test names repeat it); stranger (the owner's role,
// nothing to do with it). Columns follow ROLES in world.ts.

export type Expectation = "allowed" | "sign-in" | "forbidden" | "refused" | "n/a";

const Y: Expectation = "allowed";
const S: Expectation = "sign-in";
const F: Expectation = "forbidden";
const R: Expectation = "refused";
const NA: Expectation = "n/a";

//                                                                             anon lrnr mntr mod  admn susp ownr strg
export const EXPECTED: Record<string, readonly Expectation[]> = {
  // Signing in and out, and one's own account: the session says whose.
  "app/account/actions.ts#signOutAction":                                     [Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y],
  "app/account/actions.ts#signOutEverywhereAction":                           [S,   Y,   Y,   Y,   Y,   Y,   Y,   Y],
  "app/account/appeal/actions.ts#sendAppealAction":                           [S,   R,   R,   R,   R,   Y,   Y,   R],
  "app/account/delete/actions.ts#deleteAccountAction":                        [S,   Y,   Y,   Y,   Y,   Y,   Y,   Y],
  "app/account/notifications/actions.ts#saveNotificationSettingsAction":      [S,   Y,   Y,   Y,   Y,   Y,   Y,   Y],
  "app/account/password/actions.ts#changePasswordAction":                     [S,   Y,   Y,   Y,   Y,   Y,   Y,   Y],
  "app/account/profile/actions.ts#saveProfileAction":                         [S,   Y,   Y,   Y,   Y,   Y,   Y,   Y],
  "app/notifications/actions.ts#markAllReadAction":                           [S,   Y,   Y,   Y,   Y,   Y,   Y,   Y],
  "app/notifications/actions.ts#markReadAction":                              [S,   R,   R,   R,   R,   R,   Y,   R],
  "app/sign-in/actions.ts#signInAction":                                      [Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y],
  "app/sign-in/actions.ts#signInWithGitHubAction":                            [Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y],
  "app/sign-up/actions.ts#signUpAction":                                      [Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y],
  // A token or an email address is the authority here, not the session.
  "app/forgot-password/actions.ts#requestPasswordResetAction":                [Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y],
  "app/reset-password/[token]/actions.ts#resetPasswordAction":                [Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y],
  "app/unsubscribe/[token]/actions.ts#stopEmailsAction":                      [Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y],
  // Admin.
  "app/admin/actions.ts#retryEmailAction":                                    [S,   F,   F,   F,   Y,   F,   F,   F],
  "app/admin/users/actions.ts#changeRoleAction":                              [S,   F,   F,   F,   Y,   F,   F,   F],
  // The forum.
  "app/forum/actions.ts#createThreadAction":                                  [S,   Y,   Y,   Y,   Y,   R,   Y,   Y],
  "app/forum/actions.ts#replyAction":                                         [S,   Y,   Y,   Y,   Y,   R,   Y,   Y],
  "app/forum/actions.ts#editPostAction":                                      [S,   R,   R,   R,   R,   R,   Y,   R],
  "app/forum/actions.ts#deletePostAction":                                    [S,   R,   R,   R,   R,   R,   Y,   R],
  "app/forum/actions.ts#likeAction":                                          [S,   Y,   Y,   Y,   Y,   R,   R,   Y],
  "app/forum/actions.ts#markAnswerAction":                                    [S,   R,   R,   R,   R,   R,   Y,   R],
  "app/forum/actions.ts#unmarkAnswerAction":                                  [S,   R,   R,   R,   R,   R,   Y,   R],
  // Moderation.
  "app/moderation/actions.ts#flagPostAction":                                 [S,   Y,   Y,   Y,   Y,   R,   R,   Y],
  "app/moderation/actions.ts#postToolAction":                                 [S,   R,   R,   Y,   Y,   R,   R,   R],
  "app/moderation/actions.ts#threadToolAction":                               [S,   R,   R,   Y,   Y,   R,   R,   R],
  "app/moderation/actions.ts#queueAction":                                    [S,   R,   R,   Y,   Y,   R,   R,   R],
  "app/moderation/actions.ts#suspendAction":                                  [S,   R,   R,   Y,   Y,   R,   R,   R],
  "app/moderation/actions.ts#liftSuspensionAction":                           [S,   R,   R,   Y,   Y,   R,   R,   R],
  "app/moderation/actions.ts#addStaffNoteAction":                             [S,   R,   R,   Y,   Y,   R,   R,   R],
  "app/moderation/articles/actions.ts#unpublishAction":                       [S,   F,   F,   Y,   Y,   F,   F,   F],
  // Guidance articles.
  "app/write/actions.ts#saveGuidanceAction":                                  [S,   R,   R,   R,   R,   R,   Y,   R],
  // Mentorship requests.
  "app/requests/actions.ts#sendRequestAction":                                [S,   Y,   Y,   Y,   Y,   R,   R,   Y],
  "app/requests/actions.ts#askQuestionAction":                                [S,   R,   R,   R,   R,   R,   Y,   R],
  "app/requests/actions.ts#answerQuestionAction":                             [S,   R,   R,   R,   R,   R,   Y,   R],
  "app/requests/actions.ts#declineRequestAction":                             [S,   R,   R,   R,   R,   R,   Y,   R],
  "app/requests/actions.ts#withdrawRequestAction":                            [S,   R,   R,   R,   R,   R,   Y,   R],
  "app/requests/actions.ts#acceptRequestAction":                              [S,   R,   R,   R,   R,   R,   Y,   R],
  // The mentorship space: its two members only, moderators included out.
  "app/mentorships/[id]/actions.ts#addGoalAction":                            [S,   R,   R,   R,   R,   R,   Y,   R],
  "app/mentorships/[id]/actions.ts#toggleGoalAction":                         [S,   R,   R,   R,   R,   R,   Y,   R],
  "app/mentorships/[id]/actions.ts#sendMessageAction":                        [S,   R,   R,   R,   R,   R,   Y,   R],
  "app/mentorships/[id]/actions.ts#logSessionAction":                         [S,   R,   R,   R,   R,   R,   Y,   R],
  "app/mentorships/[id]/actions.ts#endMentorshipAction":                      [S,   R,   R,   R,   R,   R,   Y,   R],
  "app/mentorships/[id]/actions.ts#leaveFeedbackAction":                      [S,   R,   R,   R,   R,   R,   Y,   R],
  "app/mentorships/[id]/actions.ts#reportProblemAction":                      [S,   R,   R,   R,   R,   R,   Y,   R],
  // Route handlers.
  "app/account/export/route.ts#GET":                                          [R,   Y,   Y,   Y,   Y,   Y,   Y,   Y],
  "app/api/auth/[...nextauth]/route.ts#GET":                                  [NA,  NA,  NA,  NA,  NA,  NA,  NA,  NA],
  "app/api/auth/[...nextauth]/route.ts#POST":                                 [NA,  NA,  NA,  NA,  NA,  NA,  NA,  NA],
  "app/api/health/route.ts#GET":                                              [Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y],
  "app/api/me/route.ts#GET":                                                  [Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y],
  "app/api/revalidate/route.ts#POST":                                         [Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y],
  "app/api/unsubscribe/[token]/route.ts#POST":                                [Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y],
  "app/api/unsubscribe/[token]/route.ts#GET":                                 [R,   R,   R,   R,   R,   R,   R,   R],
  "app/api/unsubscribe/[token]/route.ts#HEAD":                                [R,   R,   R,   R,   R,   R,   R,   R],
  "app/api/unsubscribe/[token]/route.ts#PUT":                                 [R,   R,   R,   R,   R,   R,   R,   R],
  "app/api/unsubscribe/[token]/route.ts#PATCH":                               [R,   R,   R,   R,   R,   R,   R,   R],
  "app/api/unsubscribe/[token]/route.ts#DELETE":                              [R,   R,   R,   R,   R,   R,   R,   R],
  "app/api/unsubscribe/[token]/route.ts#OPTIONS":                             [R,   R,   R,   R,   R,   R,   R,   R],
  "app/feed.xml/route.ts#GET":                                                [Y,   Y,   Y,   Y,   Y,   Y,   Y,   Y],
  "app/mentorships/[id]/next-session.ics/route.ts#GET":                       [R,   R,   R,   R,   R,   R,   Y,   R],
  "app/notifications/[id]/route.ts#GET":                                      [S,   R,   R,   R,   R,   R,   Y,   R],
};

/** Why a row reads as it does where the table alone could surprise. */
export const NOTES: Record<string, string> = {
  "app/account/actions.ts#signOutAction": "Signing out needs no session: a visitor's click just lands on the home page.",
  "app/account/profile/actions.ts#saveProfileAction": "Every member saves their own profile; a userId in the form is never read. Suspension does not stop it (it stops posting and contacting people).",
  "app/sign-in/actions.ts#signInAction": "Whoever posts the owner's right email and password signs in as the owner, signed in already or not: the credentials are the authority.",
  "app/sign-up/actions.ts#signUpAction": "The action does not look at the session: signed in or not, the account is made and the browser is signed in as it. Being signed in gives nothing a visitor does not have.",
  "app/sign-in/actions.ts#signInWithGitHubAction": "Only hands over to next-auth's OAuth flow (nothing of ours changes before the callback); allowed means signIn('github') was asked for with a safe return path.",
  "app/account/export/route.ts#GET": "The route names no account: each signed-in member downloads their own data (checked: never the owner's, for the stranger); a visitor gets 401.",
  "app/api/me/route.ts#GET": "Answers who is signed in: null for a visitor, the actor's own handle otherwise.",
  "app/api/revalidate/route.ts#POST": "The refresh token derived from AUTH_SECRET is the authority; the session plays no part.",
  "app/api/auth/[...nextauth]/route.ts#GET": "n/a: next-auth's own handler (see the route scenario); checked to be exactly lib/auth/auth's handlers.",
  "app/api/auth/[...nextauth]/route.ts#POST": "n/a: next-auth's own handler (see the route scenario); checked to be exactly lib/auth/auth's handlers.",
  "app/mentorships/[id]/next-session.ics/route.ts#GET": "404 for everyone but the mentorship's two members, signed out included: the file reveals nothing.",
  "app/notifications/actions.ts#markReadAction": "Someone else's notification id changes nothing and goes back to the list, as an unknown id does.",
  "app/forgot-password/actions.ts#requestPasswordResetAction": "Anyone may ask; the link goes to the address's owner, and the answer is the same whether the address has an account.",
  "app/reset-password/[token]/actions.ts#resetPasswordAction": "The emailed token is the authority: whoever holds it sets the owner's password, whatever session the browser has.",
  "app/unsubscribe/[token]/actions.ts#stopEmailsAction": "The signed token is the authority: it stops that member's emails of that kind, whoever clicks.",
  "app/api/unsubscribe/[token]/route.ts#POST": "RFC 8058 one-click: the signed token is the authority. Every other method answers 405 and changes nothing.",
  "app/write/actions.ts#saveGuidanceAction": "Another writer's article is \"not found\". A suspended mentor could publish until this matrix (SUSPENDED, owner column); lib/articles/guidance now refuses.",
  "app/moderation/articles/actions.ts#unpublishAction": "A suspended moderator could unpublish until this matrix (SUSPENDED, moderator column); lib/articles/guidance now refuses, as lib/moderation does.",
};

/**
 * The same rows with the people who may act there suspended until next week:
 * the owner, and a moderator. The "suspended" column above is a learner, who
 * is refused many things for their role alone; these two show that
 * suspension itself stops every write but one's own account, for staff too.
 */
export const SUSPENDED_ACTORS = ["owner", "moderator"] as const;

//                                                                             ownr mod
export const SUSPENDED: Record<string, readonly [Expectation, Expectation]> = {
  "app/account/actions.ts#signOutAction":                                     [Y,   Y],
  "app/account/actions.ts#signOutEverywhereAction":                           [Y,   Y],
  "app/account/appeal/actions.ts#sendAppealAction":                           [Y,   Y],
  "app/account/delete/actions.ts#deleteAccountAction":                        [Y,   Y],
  "app/account/notifications/actions.ts#saveNotificationSettingsAction":      [Y,   Y],
  "app/account/password/actions.ts#changePasswordAction":                     [Y,   Y],
  "app/account/profile/actions.ts#saveProfileAction":                         [Y,   Y],
  "app/notifications/actions.ts#markAllReadAction":                           [Y,   Y],
  "app/notifications/actions.ts#markReadAction":                              [Y,   R],
  "app/sign-in/actions.ts#signInAction":                                      [Y,   Y],
  "app/sign-in/actions.ts#signInWithGitHubAction":                            [Y,   Y],
  "app/sign-up/actions.ts#signUpAction":                                      [Y,   Y],
  "app/forgot-password/actions.ts#requestPasswordResetAction":                [Y,   Y],
  "app/reset-password/[token]/actions.ts#resetPasswordAction":                [Y,   Y],
  "app/unsubscribe/[token]/actions.ts#stopEmailsAction":                      [Y,   Y],
  "app/admin/actions.ts#retryEmailAction":                                    [F,   F],
  "app/admin/users/actions.ts#changeRoleAction":                              [F,   F],
  "app/forum/actions.ts#createThreadAction":                                  [R,   R],
  "app/forum/actions.ts#replyAction":                                         [R,   R],
  "app/forum/actions.ts#editPostAction":                                      [R,   R],
  "app/forum/actions.ts#deletePostAction":                                    [R,   R],
  "app/forum/actions.ts#likeAction":                                          [R,   R],
  "app/forum/actions.ts#markAnswerAction":                                    [R,   R],
  "app/forum/actions.ts#unmarkAnswerAction":                                  [R,   R],
  "app/moderation/actions.ts#flagPostAction":                                 [R,   R],
  "app/moderation/actions.ts#postToolAction":                                 [R,   R],
  "app/moderation/actions.ts#threadToolAction":                               [R,   R],
  "app/moderation/actions.ts#queueAction":                                    [R,   R],
  "app/moderation/actions.ts#suspendAction":                                  [R,   R],
  "app/moderation/actions.ts#liftSuspensionAction":                           [R,   R],
  "app/moderation/actions.ts#addStaffNoteAction":                             [R,   R],
  "app/moderation/articles/actions.ts#unpublishAction":                       [F,   R],
  "app/write/actions.ts#saveGuidanceAction":                                  [R,   R],
  "app/requests/actions.ts#sendRequestAction":                                [R,   R],
  "app/requests/actions.ts#askQuestionAction":                                [R,   R],
  "app/requests/actions.ts#answerQuestionAction":                             [R,   R],
  "app/requests/actions.ts#declineRequestAction":                             [R,   R],
  "app/requests/actions.ts#withdrawRequestAction":                            [R,   R],
  "app/requests/actions.ts#acceptRequestAction":                              [R,   R],
  "app/mentorships/[id]/actions.ts#addGoalAction":                            [R,   R],
  "app/mentorships/[id]/actions.ts#toggleGoalAction":                         [R,   R],
  "app/mentorships/[id]/actions.ts#sendMessageAction":                        [R,   R],
  "app/mentorships/[id]/actions.ts#logSessionAction":                         [R,   R],
  "app/mentorships/[id]/actions.ts#endMentorshipAction":                      [R,   R],
  "app/mentorships/[id]/actions.ts#leaveFeedbackAction":                      [R,   R],
  "app/mentorships/[id]/actions.ts#reportProblemAction":                      [R,   R],
  "app/account/export/route.ts#GET":                                          [Y,   Y],
  "app/api/auth/[...nextauth]/route.ts#GET":                                  [NA,  NA],
  "app/api/auth/[...nextauth]/route.ts#POST":                                 [NA,  NA],
  "app/api/health/route.ts#GET":                                              [Y,   Y],
  "app/api/me/route.ts#GET":                                                  [Y,   Y],
  "app/api/revalidate/route.ts#POST":                                         [Y,   Y],
  "app/api/unsubscribe/[token]/route.ts#POST":                                [Y,   Y],
  "app/api/unsubscribe/[token]/route.ts#GET":                                 [R,   R],
  "app/api/unsubscribe/[token]/route.ts#HEAD":                                [R,   R],
  "app/api/unsubscribe/[token]/route.ts#PUT":                                 [R,   R],
  "app/api/unsubscribe/[token]/route.ts#PATCH":                               [R,   R],
  "app/api/unsubscribe/[token]/route.ts#DELETE":                              [R,   R],
  "app/api/unsubscribe/[token]/route.ts#OPTIONS":                             [R,   R],
  "app/feed.xml/route.ts#GET":                                                [Y,   Y],
  "app/mentorships/[id]/next-session.ics/route.ts#GET":                       [Y,   R],
  "app/notifications/[id]/route.ts#GET":                                      [Y,   R],
};
