// One part of the space: a region named by its heading, so assistive
// technology (and tests) can go straight to "Goals" or "Report a problem".
export function SpaceSection({ id, title, children, intro }: { id: string; title: string; intro?: React.ReactNode; children: React.ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-heading`} className="mt-10 scroll-mt-6">
      <h2 id={`${id}-heading`} className="font-serif text-2xl font-semibold">
        {title}
      </h2>
      {intro && <div className="mt-1 text-sm text-stone-600">{intro}</div>}
      <div className="mt-4">{children}</div>
    </section>
  );
}

/** The one field every space form carries: which mentorship it belongs to (never who acts: the session decides). */
export function MentorshipField({ mentorshipId }: { mentorshipId: number }) {
  return <input type="hidden" name="mentorshipId" value={mentorshipId} />;
}
