// The five articles imported from db/seed/, as a reader sees them.
export const SEED_ARTICLES = [
  { slug: "how-does-community-support-contribute-to-professional-development", title: "How does community support contribute to professional development?" },
  { slug: "leveraging-support-networks-and-community-for-encouragement-and-motivation", title: "Leveraging Support Networks and Community for Encouragement and Motivation" },
  { slug: "how-do-engineering-organizations-support-networking-and-professional-development", title: "How do engineering organizations support networking and professional development?" },
  { slug: "the-role-of-mentorship-in-career-development", title: "The Role of Mentorship in Career Development" },
  { slug: "benefits-of-joining-learning-communities", title: "Benefits of joining learning communities?" },
] as const;
