import type { Scenario } from "../scenario";
import { accountScenarios } from "./accounts";
import { forumScenarios } from "./forum";
import { mentorshipScenarios } from "./mentorships";
import { routeScenarios } from "./routes";

/** How to run each row of the matrix, by action or route id. */
export const SCENARIOS: Record<string, Scenario> = { ...accountScenarios, ...forumScenarios, ...mentorshipScenarios, ...routeScenarios };
