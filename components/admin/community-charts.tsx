import { durationUnit, niceScale, RATE_SCALE } from "@/lib/admin/chart-scale";
import type { WeekStats } from "@/lib/admin/community-stats";
import { formatCount, formatDuration, formatPercent } from "@/lib/admin/format";
import { BarChart } from "./bar-chart";
import { ChartFigure } from "./chart-figure";
import { LineChart } from "./line-chart";

const heading = "font-serif text-2xl font-semibold";

/** The weekly series of the dashboard, by theme, each a chart with its table. */
export function CommunityCharts({ weeks }: { weeks: readonly WeekStats[] }) {
  const weekStarts = weeks.map((w) => w.weekStart);
  const pick = <T,>(f: (w: WeekStats) => T) => weeks.map(f);
  const counts = (f: (w: WeekStats) => number) => pick((w) => formatCount(f(w)));

  const waits = pick((w) => w.medianFirstAnswerSeconds);
  const unit = durationUnit(Math.max(0, ...waits.map((s) => s ?? 0)));
  const waitScale = niceScale(Math.max(0, ...waits.map((s) => (s ?? 0) / unit.seconds)), { integer: false });
  const activeScale = niceScale(Math.max(0, ...pick((w) => w.activeMentorships)));

  return (
    <>
      <section aria-labelledby="members-heading" className="mt-12">
        <h2 id="members-heading" className={heading}>
          Members
        </h2>
        <div className="mt-4">
          <ChartFigure
            title="Sign-ups per week"
            note="Accounts created in the week."
            weekStarts={weekStarts}
            chart={<BarChart weekStarts={weekStarts} series={[{ name: "Sign-ups", values: pick((w) => w.signUps) }]} />}
            columns={[{ header: "Sign-ups", cells: counts((w) => w.signUps) }]}
          />
        </div>
      </section>

      <section aria-labelledby="mentorship-heading" className="mt-12">
        <h2 id="mentorship-heading" className={heading}>
          Mentorship
        </h2>
        <div className="mt-4 space-y-6">
          <ChartFigure
            title="Requests sent per week"
            note="Each request counts in the week it was sent, with what has become of it so far."
            weekStarts={weekStarts}
            chart={<BarChart weekStarts={weekStarts} series={[{ name: "Sent", values: pick((w) => w.requests) }]} />}
            columns={[
              { header: "Sent", cells: counts((w) => w.requests) },
              { header: "Accepted", cells: counts((w) => w.accepted) },
              { header: "Declined", cells: counts((w) => w.declined) },
            ]}
          />
          <ChartFigure
            title="Acceptance rate per week"
            note="Of the week's requests that a mentor accepted or declined, the share accepted. Withdrawn, expired and still open requests are left out; no point means none was decided."
            weekStarts={weekStarts}
            chart={<LineChart weekStarts={weekStarts} values={pick((w) => w.acceptanceRate)} scale={RATE_SCALE} formatTick={formatPercent} />}
            columns={[
              { header: "Accepted", cells: pick((w) => (w.acceptanceRate === null ? null : formatPercent(w.acceptanceRate))) },
              { header: "Of decided", cells: pick((w) => `${formatCount(w.accepted)} of ${formatCount(w.accepted + w.declined)}`) },
            ]}
          />
          <ChartFigure
            title="Median time to a mentor's first answer"
            note={`For the requests sent in the week that a mentor has answered (a question, an acceptance or a decline), the median wait from sending to that answer; in ${unit.name} on the chart.`}
            weekStarts={weekStarts}
            chart={<LineChart weekStarts={weekStarts} values={waits.map((s) => (s === null ? null : s / unit.seconds))} scale={waitScale} formatTick={(t) => `${formatCount(t)} ${unit.name === "hours" ? "h" : "d"}`} />}
            columns={[
              { header: "Median wait", cells: waits.map((s) => (s === null ? null : formatDuration(s))) },
              { header: "Answered", cells: counts((w) => w.answered) },
            ]}
          />
          <ChartFigure
            title="Active mentorships"
            note="Mentorships under way at the end of each week (for this week, now): started by then and not yet ended."
            weekStarts={weekStarts}
            chart={<LineChart weekStarts={weekStarts} values={pick((w) => w.activeMentorships)} scale={activeScale} formatTick={formatCount} />}
            columns={[{ header: "Active", cells: counts((w) => w.activeMentorships) }]}
          />
        </div>
      </section>

      <section aria-labelledby="forum-heading" className="mt-12">
        <h2 id="forum-heading" className={heading}>
          Forum
        </h2>
        <div className="mt-4 space-y-6">
          <ChartFigure
            title="Forum posts per week"
            note="Posts and replies written in the week, except those deleted since; hidden ones count."
            weekStarts={weekStarts}
            chart={<BarChart weekStarts={weekStarts} series={[{ name: "Posts", values: pick((w) => w.forumPosts) }]} />}
            columns={[{ header: "Posts", cells: counts((w) => w.forumPosts) }]}
          />
          <ChartFigure
            title="Flags raised and resolved per week"
            note="Flags members raised in the week, and flags a moderator resolved in the week, whenever they were raised."
            weekStarts={weekStarts}
            legend={["Raised", "Resolved"]}
            chart={
              <BarChart
                weekStarts={weekStarts}
                series={[
                  { name: "Raised", values: pick((w) => w.flagsRaised) },
                  { name: "Resolved", values: pick((w) => w.flagsResolved) },
                ]}
              />
            }
            columns={[
              { header: "Raised", cells: counts((w) => w.flagsRaised) },
              { header: "Resolved", cells: counts((w) => w.flagsResolved) },
            ]}
          />
        </div>
      </section>
    </>
  );
}
