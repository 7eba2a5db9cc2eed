import { LEARNER_LEVELS, MENTORING_FORMATS, type ProfileFields } from "@/db/schema";
import { LIMITS } from "@/lib/profiles/schema";
import { isTimeZone } from "@/lib/profiles/time-zones";
import { EMPTY_PROFILE } from "@/lib/profiles/empty-profile";
import { between, pick, streamRng, weighted, type Rng } from "./random";
import { joinedAgo } from "./timeline";

// A made-up community of mentors and learners for local browsing and for
// benchmarks: generateCommunity() is pure and deterministic (same options,
// same members), needs no database and allocates little per member, so it
// can produce 50,000 members as readily as 100.
//
// Members come from "locales" (names, time zones and languages that belong
// together, weighted roughly by population) and "tracks" (a line of work:
// titles, topics, goals), and their prose is assembled from templates.
// Emails are numbered (member-<n>@example.com), so they are unique without
// any check and never collide with the demo accounts; display names may
// repeat, as they do in real life (freeHandle makes handles unique).

export type CommunityProfile = ProfileFields;
export type CommunityMember = {
  email: string;
  displayName: string;
  role: "mentor" | "learner";
  /** Seconds before the seeding the account was created (db/seed/timeline.ts). */
  joinedAgo: number;
  profile: CommunityProfile;
};
export type CommunityOptions = { mentors?: number; learners?: number; seed?: number };

/** The generated members' emails, as a LIKE pattern: how the activity phase tells them from the demo accounts and real sign-ups. */
export const MEMBER_EMAIL_LIKE = "member-%@example.com";

type Level = (typeof LEARNER_LEVELS)[number];
type Format = (typeof MENTORING_FORMATS)[number];

// ---------------------------------------------------------------- randomness

/** One independent stream per member (seed, role and index): member i is the same whatever the counts asked for. */
const memberRng = streamRng;

const MENTOR_SALT = 1;
const LEARNER_SALT = 2;
const SETUP_SALT = 3;

/** Up to `count` distinct items of `pool` appended to `out` (pools are small: a linear `includes` is cheapest). */
function pickDistinct<T>(rng: Rng, pool: readonly T[], count: number, out: T[] = []): T[] {
  const target = Math.min(out.length + count, pool.length);
  for (let guard = 0; out.length < target && guard < 64; guard++) {
    const item = pick(rng, pool);
    if (!out.includes(item)) out.push(item);
  }
  return out;
}

// ------------------------------------------------------------------- locales

type Zone = { id: string; city: string };

// Some zones changed their canonical name ("Asia/Calcutta" became
// "Asia/Kolkata"); Node 20's ICU still lists the old ones. Take whichever
// name this runtime knows (what lib/profiles/time-zones accepts), and show
// the city of the current one.
function zone(names: string): Zone {
  const candidates = names.split("|");
  const id = candidates.find(isTimeZone);
  if (!id) throw new Error(`No known time zone among ${names}`);
  return { id, city: candidates[0]!.slice(candidates[0]!.lastIndexOf("/") + 1).replace(/_/g, " ") };
}

type Locale = {
  weight: number;
  zones: readonly Zone[]; // repeated to weight the bigger ones
  languages: readonly (readonly [string, number])[]; // in order, each with the chance of speaking it
  first: readonly string[];
  last: readonly string[];
};

function locale(weight: number, zones: string[], languages: [string, number][], first: string[], last: string[]): Locale {
  return { weight, zones: zones.map(zone), languages, first, last };
}

const HISPANIC_FIRST = ["Alejandro", "Camila", "Diego", "Valentina", "Mateo", "Sofía", "Santiago", "Lucía", "Javier", "Daniela", "Andrés", "Mariana", "Carlos", "Isabella", "Fernando", "Gabriela"];
const HISPANIC_LAST = ["García", "Rodríguez", "Martínez", "Hernández", "López", "González", "Pérez", "Sánchez", "Ramírez", "Torres", "Flores", "Rivera", "Gómez", "Díaz", "Morales", "Castillo"];
const LUSOPHONE_FIRST = ["João", "Ana", "Lucas", "Beatriz", "Gabriel", "Larissa", "Rafael", "Juliana", "Thiago", "Fernanda", "Pedro", "Camila", "Bruno", "Letícia", "Felipe", "Inês"];
const LUSOPHONE_LAST = ["Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Costa", "Ferreira", "Almeida", "Carvalho", "Ribeiro", "Rocha", "Barbosa", "Araújo", "Nascimento", "Cardoso"];
const ARABIC_FIRST = ["Ahmed", "Fatima", "Omar", "Layla", "Youssef", "Nour", "Khaled", "Mariam", "Hassan", "Salma", "Karim", "Aya", "Tariq", "Huda", "Mahmoud", "Rania"];
const ARABIC_LAST = ["Hassan", "Ali", "Mahmoud", "Ibrahim", "Mostafa", "Haddad", "Khalil", "Nasser", "Saleh", "Farouk", "Abdallah", "Mansour", "Aziz", "Qasim", "Sabry", "El-Sayed"];

const LOCALES: readonly Locale[] = [
  locale(
    12,
    ["America/New_York", "America/New_York", "America/Chicago", "America/Chicago", "America/Denver", "America/Phoenix", "America/Los_Angeles", "America/Los_Angeles"],
    [["English", 1], ["Spanish", 0.15]],
    ["Emily", "Jordan", "Marcus", "Aaliyah", "Tyler", "Hannah", "DeShawn", "Megan", "Caleb", "Brianna", "Ethan", "Olivia", "Jasmine", "Noah", "Madison", "Andre"],
    ["Johnson", "Williams", "Brown", "Miller", "Davis", "Wilson", "Anderson", "Thompson", "Moore", "Jackson", "Harris", "Clark", "Lewis", "Walker", "Robinson", "Carter"],
  ),
  locale(
    3,
    ["America/Toronto", "America/Toronto", "America/Vancouver", "America/Halifax"],
    [["English", 1], ["French", 0.25]],
    ["Chloé", "Mathieu", "Gabriel", "Émilie", "Liam", "Avery", "Priya", "Connor", "Maya", "Owen"],
    ["Tremblay", "Gagnon", "Roy", "MacDonald", "Campbell", "Singh", "Nguyen", "Martin", "Bouchard", "Fraser"],
  ),
  locale(5, ["America/Mexico_City", "America/Mexico_City", "America/Monterrey", "America/Guatemala"], [["Spanish", 1], ["English", 0.5]], HISPANIC_FIRST, HISPANIC_LAST),
  locale(
    5,
    ["America/Bogota", "America/Lima", "America/Argentina/Buenos_Aires|America/Buenos_Aires", "America/Santiago", "America/Caracas"],
    [["Spanish", 1], ["English", 0.45], ["Portuguese", 0.05]],
    HISPANIC_FIRST,
    HISPANIC_LAST,
  ),
  locale(6, ["America/Sao_Paulo", "America/Sao_Paulo", "America/Sao_Paulo", "America/Recife", "America/Manaus"], [["Portuguese", 1], ["English", 0.5], ["Spanish", 0.15]], LUSOPHONE_FIRST, LUSOPHONE_LAST),
  locale(1, ["Europe/Lisbon"], [["Portuguese", 1], ["English", 0.8], ["French", 0.15]], LUSOPHONE_FIRST, LUSOPHONE_LAST),
  locale(2, ["Europe/Madrid"], [["Spanish", 1], ["English", 0.6], ["French", 0.1]], HISPANIC_FIRST, HISPANIC_LAST),
  locale(
    5,
    ["Europe/London", "Europe/London", "Europe/London", "Europe/Dublin"],
    [["English", 1], ["French", 0.08], ["Urdu", 0.05]],
    ["Oliver", "Amelia", "Harry", "Isla", "George", "Charlotte", "Jack", "Sophie", "Aoife", "Callum", "Niamh", "Rhys", "Eilidh", "Samir", "Priya", "Tom"],
    ["Smith", "Jones", "Taylor", "Evans", "Murphy", "O'Brien", "Patel", "Hughes", "Walsh", "Campbell", "Begum", "Wright", "Kelly", "Roberts", "Khan", "Edwards"],
  ),
  locale(
    3,
    ["Europe/Paris", "Europe/Paris", "Europe/Brussels"],
    [["French", 1], ["English", 0.7], ["Arabic", 0.08]],
    ["Camille", "Louis", "Manon", "Hugo", "Léa", "Théo", "Chloé", "Antoine", "Inès", "Julien", "Clara", "Maxime", "Yasmine", "Nicolas", "Sarah", "Karim"],
    ["Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand", "Leroy", "Moreau", "Laurent", "Lefebvre", "Benali", "Girard", "Fontaine", "Mercier"],
  ),
  locale(
    3,
    ["Europe/Berlin", "Europe/Berlin", "Europe/Vienna", "Europe/Zurich"],
    [["German", 1], ["English", 0.85], ["Turkish", 0.06]],
    ["Lukas", "Anna", "Felix", "Lea", "Jonas", "Laura", "Leon", "Mia", "Paul", "Hannah", "Maximilian", "Sophie", "Emre", "Katharina", "Tobias", "Johanna"],
    ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann", "Koch", "Richter", "Wolf", "Demir", "Braun", "Zimmermann"],
  ),
  locale(
    1.5,
    ["Europe/Rome"],
    [["Italian", 1], ["English", 0.6]],
    ["Giulia", "Marco", "Francesca", "Luca", "Chiara", "Alessandro", "Martina", "Matteo", "Sara", "Davide", "Elena", "Lorenzo"],
    ["Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci", "Marino", "Greco", "Bruno", "Gallo"],
  ),
  locale(
    1,
    ["Europe/Amsterdam"],
    [["Dutch", 1], ["English", 0.95], ["German", 0.2]],
    ["Daan", "Sanne", "Bram", "Lotte", "Sem", "Fleur", "Thijs", "Noor", "Ruben", "Eva"],
    ["de Jong", "Jansen", "de Vries", "van den Berg", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder"],
  ),
  locale(
    1.5,
    ["Europe/Warsaw"],
    [["Polish", 1], ["English", 0.75], ["German", 0.1]],
    ["Jakub", "Zuzanna", "Kacper", "Julia", "Piotr", "Aleksandra", "Marek", "Katarzyna", "Tomasz", "Magdalena"],
    ["Nowak", "Wójcik", "Kowalczyk", "Mazur", "Krawczyk", "Kaczmarek", "Zając", "Król", "Wróbel", "Pawlak"],
  ),
  locale(
    1,
    ["Europe/Kyiv|Europe/Kiev"],
    [["Ukrainian", 1], ["English", 0.65], ["Polish", 0.1]],
    ["Oleksandr", "Olena", "Andriy", "Iryna", "Dmytro", "Kateryna", "Taras", "Yulia", "Maksym", "Oksana"],
    ["Shevchenko", "Bondarenko", "Kovalenko", "Tkachenko", "Kravchenko", "Melnyk", "Boyko", "Koval", "Moroz", "Lysenko"],
  ),
  locale(
    1.5,
    ["Europe/Istanbul"],
    [["Turkish", 1], ["English", 0.55], ["German", 0.1]],
    ["Elif", "Mehmet", "Zeynep", "Emre", "Ayşe", "Can", "Deniz", "Burak", "Ece", "Murat", "Selin", "Kerem"],
    ["Kaya", "Demir", "Şahin", "Çelik", "Öztürk", "Arslan", "Doğan", "Koç", "Kurt", "Özdemir", "Polat", "Erdem"],
  ),
  locale(4, ["Africa/Cairo", "Africa/Cairo", "Asia/Amman", "Asia/Beirut", "Asia/Riyadh", "Asia/Dubai"], [["Arabic", 1], ["English", 0.7], ["French", 0.12]], ARABIC_FIRST, ARABIC_LAST),
  locale(
    1.5,
    ["Africa/Casablanca", "Africa/Algiers", "Africa/Tunis"],
    [["Arabic", 1], ["French", 0.8], ["English", 0.5]],
    ["Yassine", "Imane", "Amine", "Sara", "Mehdi", "Khadija", "Anas", "Meryem", "Hamza", "Salma"],
    ["Benali", "El Amrani", "Bouazza", "Haddad", "Cherif", "Mansouri", "Belkacem", "Ouali", "Tahiri", "Ziani"],
  ),
  locale(
    1,
    ["Asia/Tehran"],
    [["Farsi", 1], ["English", 0.6]],
    ["Ali", "Zahra", "Reza", "Maryam", "Amir", "Sara", "Hossein", "Niloufar", "Arash", "Parisa"],
    ["Ahmadi", "Hosseini", "Karimi", "Rahimi", "Moradi", "Jafari", "Rostami", "Sadeghi", "Tehrani", "Kazemi"],
  ),
  locale(
    0.7,
    ["Asia/Jerusalem"],
    [["Hebrew", 1], ["English", 0.9], ["Russian", 0.1]],
    ["Noa", "Yonatan", "Tamar", "Itai", "Maya", "Omer", "Shira", "Eitan", "Yael", "Ariel"],
    ["Cohen", "Levi", "Mizrahi", "Peretz", "Biton", "Friedman", "Avraham", "Katz", "Azoulay", "Shapiro"],
  ),
  locale(
    5,
    ["Africa/Lagos"],
    [["English", 1], ["Yoruba", 0.45], ["Hausa", 0.25]],
    ["Chinedu", "Adaeze", "Oluwaseun", "Ngozi", "Emeka", "Funmilayo", "Tunde", "Amina", "Ifeoma", "Babajide", "Zainab", "Obinna", "Temitope", "Musa", "Chiamaka", "Kelechi"],
    ["Okafor", "Adeyemi", "Okonkwo", "Balogun", "Eze", "Abubakar", "Adebayo", "Nwosu", "Olawale", "Bello", "Obi", "Ogunleye", "Ibrahim", "Chukwu", "Afolabi", "Danjuma"],
  ),
  locale(
    1.5,
    ["Africa/Accra"],
    [["English", 1], ["French", 0.1]],
    ["Kwame", "Ama", "Kofi", "Abena", "Yaw", "Akosua", "Kojo", "Efua", "Kwabena", "Adwoa"],
    ["Mensah", "Owusu", "Boateng", "Asante", "Osei", "Appiah", "Agyeman", "Ofori", "Darko", "Addo"],
  ),
  locale(
    4,
    ["Africa/Nairobi", "Africa/Nairobi", "Africa/Dar_es_Salaam", "Africa/Kampala", "Africa/Kigali"],
    [["Swahili", 0.85], ["English", 1], ["French", 0.08]],
    ["Wanjiru", "Brian", "Achieng", "Kevin", "Njeri", "Baraka", "Amani", "Zawadi", "Juma", "Neema", "Faith", "Collins"],
    ["Otieno", "Kamau", "Mwangi", "Odhiambo", "Wanjiku", "Mutua", "Kiprono", "Njoroge", "Mushi", "Mollel", "Okello", "Mugisha", "Kariuki", "Chebet"],
  ),
  locale(
    1.5,
    ["Africa/Addis_Ababa"],
    [["Amharic", 1], ["English", 0.7]],
    ["Abebe", "Selam", "Dawit", "Hana", "Yonas", "Meron", "Biniam", "Tigist", "Samuel", "Liya"],
    ["Tesfaye", "Bekele", "Girma", "Haile", "Alemu", "Tadesse", "Kebede", "Mekonnen", "Wolde", "Assefa"],
  ),
  locale(
    2,
    ["Africa/Johannesburg"],
    [["English", 1], ["Dutch", 0.05]],
    ["Thabo", "Lerato", "Sipho", "Naledi", "Pieter", "Anika", "Bongani", "Zanele", "Ayesha", "Liam"],
    ["Nkosi", "Dlamini", "Mokoena", "van der Merwe", "Botha", "Khumalo", "Naidoo", "Ndlovu", "Pillay", "Smith"],
  ),
  locale(
    14,
    ["Asia/Kolkata|Asia/Calcutta"],
    [["Hindi", 0.7], ["English", 0.9], ["Tamil", 0.12], ["Telugu", 0.12], ["Marathi", 0.1], ["Bengali", 0.1], ["Gujarati", 0.08], ["Punjabi", 0.08]],
    ["Aarav", "Priya", "Rohan", "Ananya", "Vikram", "Sneha", "Arjun", "Kavya", "Rahul", "Divya", "Aditya", "Meera", "Karthik", "Pooja", "Siddharth", "Lakshmi", "Nikhil", "Shreya", "Farhan", "Harpreet"],
    ["Sharma", "Patel", "Iyer", "Reddy", "Nair", "Gupta", "Singh", "Kumar", "Desai", "Mehta", "Chatterjee", "Rao", "Joshi", "Menon", "Banerjee", "Kulkarni", "Pillai", "Agarwal", "Qureshi", "Gill"],
  ),
  locale(
    4,
    ["Asia/Karachi"],
    [["Urdu", 1], ["English", 0.8], ["Punjabi", 0.35]],
    ["Ayesha", "Hamza", "Fatima", "Bilal", "Sana", "Usman", "Hira", "Ali", "Zainab", "Fahad", "Mahnoor", "Imran"],
    ["Khan", "Ahmed", "Malik", "Qureshi", "Siddiqui", "Butt", "Chaudhry", "Sheikh", "Raza", "Mirza", "Hussain", "Akhtar"],
  ),
  locale(
    3,
    ["Asia/Dhaka"],
    [["Bengali", 1], ["English", 0.75]],
    ["Tanvir", "Nusrat", "Rafiq", "Farzana", "Arif", "Sadia", "Imran", "Tahmina", "Shakil", "Rumana"],
    ["Rahman", "Hossain", "Islam", "Ahmed", "Chowdhury", "Akter", "Sarkar", "Das", "Uddin", "Karim"],
  ),
  locale(
    5,
    ["Asia/Shanghai"],
    [["Chinese (Mandarin)", 1], ["English", 0.6]],
    ["Wei", "Jing", "Hao", "Xin", "Yang", "Li", "Jun", "Mei", "Lei", "Yan", "Chen", "Ling", "Tao", "Fang", "Bo", "Hui"],
    ["Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Sun", "Ma", "Zhu", "Hu", "Guo"],
  ),
  locale(
    1,
    ["Asia/Hong_Kong", "Asia/Taipei"],
    [["Chinese (Cantonese)", 0.7], ["Chinese (Mandarin)", 0.6], ["English", 0.85]],
    ["Ka Yan", "Wing", "Chun", "Hoi Ying", "Tsz Ho", "Mei Ling", "Kelvin", "Cherry", "Jason", "Winnie"],
    ["Chan", "Wong", "Leung", "Cheung", "Lau", "Lee", "Ng", "Ho", "Lam", "Tsai"],
  ),
  locale(
    4,
    ["Asia/Tokyo"],
    [["Japanese", 1], ["English", 0.45]],
    ["Haruto", "Yui", "Sota", "Aoi", "Ren", "Hina", "Yuto", "Sakura", "Kenji", "Yuki", "Takumi", "Mio"],
    ["Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura", "Kobayashi", "Kato", "Yoshida", "Yamada"],
  ),
  locale(
    2.5,
    ["Asia/Seoul"],
    [["Korean", 1], ["English", 0.55]],
    ["Min-jun", "Seo-yeon", "Ji-ho", "Ha-eun", "Do-yun", "Ji-woo", "Seung-hyun", "Soo-ah", "Hyun-woo", "Ye-jin"],
    ["Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon", "Jang", "Lim"],
  ),
  locale(
    3,
    ["Asia/Manila"],
    [["Tagalog", 1], ["English", 0.95]],
    ["Maria", "Jose", "Angelica", "Mark", "Kristine", "John Paul", "Patricia", "Carlo", "Jasmine", "Miguel"],
    ["Santos", "Reyes", "Cruz", "Bautista", "Ocampo", "Garcia", "Mendoza", "Aquino", "Villanueva", "Dela Cruz"],
  ),
  locale(
    3.5,
    ["Asia/Jakarta", "Asia/Jakarta", "Asia/Makassar"],
    [["Indonesian", 1], ["English", 0.55]],
    ["Putri", "Budi", "Siti", "Agus", "Dewi", "Rizky", "Ayu", "Fajar", "Rina", "Andi"],
    ["Santoso", "Wijaya", "Pratama", "Saputra", "Hidayat", "Susanto", "Kusuma", "Nugroho", "Lestari", "Setiawan"],
  ),
  locale(
    2,
    ["Asia/Ho_Chi_Minh|Asia/Saigon"],
    [["Vietnamese", 1], ["English", 0.55]],
    ["Linh", "Minh", "Trang", "Huy", "Thảo", "Tuấn", "Lan", "Quang", "Ngọc", "Duc"],
    ["Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu", "Dang", "Bui", "Do", "Ho"],
  ),
  locale(
    1.2,
    ["Asia/Bangkok"],
    [["Thai", 1], ["English", 0.5]],
    ["Nattapong", "Siriporn", "Kittisak", "Ploy", "Anan", "Pim", "Somchai", "Kanya", "Thanawat", "Malee"],
    ["Saelim", "Chaiyaporn", "Wongsa", "Srisuk", "Phromma", "Rattanakorn", "Boonmee", "Kaewmanee", "Suwan", "Thongchai"],
  ),
  locale(
    1.5,
    ["Asia/Kuala_Lumpur", "Asia/Singapore"],
    [["Malay", 0.7], ["English", 1], ["Chinese (Mandarin)", 0.3], ["Tamil", 0.1]],
    ["Nurul", "Aiman", "Siti", "Hafiz", "Mei Lin", "Jun Wei", "Priya", "Arun", "Farah", "Daniel"],
    ["Abdullah", "Ismail", "Tan", "Lim", "Ng", "Rahman", "Lee", "Krishnan", "Ong", "Hassan"],
  ),
  locale(
    3,
    ["Australia/Sydney", "Australia/Sydney", "Australia/Melbourne", "Australia/Brisbane", "Australia/Perth", "Pacific/Auckland"],
    [["English", 1]],
    ["Jack", "Chloe", "Lachlan", "Matilda", "Cooper", "Ruby", "Aroha", "Nikau", "Mia", "Hamish"],
    ["Smith", "Wilson", "Kelly", "Nguyen", "Taylor", "Ngata", "Parata", "Brown", "Walker", "Singh"],
  ),
];

const pickLocale = weighted<Locale>(LOCALES);

// Languages people learn on top of their own, now and then.
const LEARNED_LANGUAGES = ["Spanish", "French", "German", "Japanese", "Arabic", "Portuguese", "Chinese (Mandarin)", "Korean", "Italian"];

/** 1–3 languages: the locale's, each by its chance, then sometimes one learned later. */
function languagesFor(rng: Rng, loc: Locale): string[] {
  const out: string[] = [];
  for (const [language, chance] of loc.languages) {
    if (out.length < 3 && rng() < chance) out.push(language);
  }
  if (out.length === 0) out.push(loc.languages[0]![0]);
  if (out.length < 3 && rng() < 0.1) {
    const extra = pick(rng, LEARNED_LANGUAGES);
    if (!out.includes(extra)) out.push(extra);
  }
  return out;
}

// -------------------------------------------------------------------- tracks

type Track = {
  weight: number;
  field: string;
  core: readonly string[]; // topics: every mentor of the track has at least one as expertise
  extra: readonly string[];
  titles: readonly (readonly [number, readonly string[]])[]; // from this many years on, by increasing years
  orgs: readonly string[];
  situations: readonly (readonly [Level, string])[]; // learners: who they are, which sets their level
  goals: readonly string[];
};

const TRACKS: readonly Track[] = [
  {
    weight: 5,
    field: "software",
    core: ["Software engineering", "Engineering"],
    extra: ["Career growth", "certifications", "professional development", "Leadership", "engineering organizations", "Public speaking"],
    titles: [
      [2, ["Software engineer", "Backend developer", "Mobile developer", "Frontend developer"]],
      [6, ["Senior software engineer", "Senior backend engineer", "Tech lead"]],
      [11, ["Staff engineer", "Engineering lead"]],
      [18, ["Principal engineer", "Software architect"]],
    ],
    orgs: ["at a fintech startup", "at a payments company", "at a health-tech scale-up", "at a cloud provider", "at a game studio", "at an e-commerce marketplace", "in government digital services", "at an agritech startup", "at a logistics company", "working freelance"],
    situations: [
      ["beginner", "Second-year computer science student"],
      ["beginner", "Self-taught developer"],
      ["beginner", "Bootcamp graduate"],
      ["intermediate", "Junior backend developer"],
      ["intermediate", "Frontend developer two years into my first job"],
      ["intermediate", "QA engineer moving into development"],
      ["advanced", "Senior developer eyeing a staff role"],
      ["advanced", "Tech lead on a small team"],
    ],
    goals: [
      "Land my first junior developer role this year.",
      "Contribute to an open-source project and get a pull request merged.",
      "Understand system design well enough to pass interviews.",
      "Get comfortable reviewing other people's code.",
      "Ship a side project that real people use.",
      "Learn to write tests before I write the code.",
      "Move from frontend into backend work.",
      "Prepare for the step from senior to staff engineer.",
    ],
  },
  {
    weight: 3,
    field: "data science",
    core: ["Data science"],
    extra: ["Software engineering", "Career growth", "certifications", "Writing", "learning opportunities"],
    titles: [
      [2, ["Data analyst", "Data scientist", "Analytics engineer"]],
      [6, ["Senior data scientist", "Machine learning engineer"]],
      [11, ["Lead data scientist", "Head of analytics"]],
      [18, ["Director of data science", "Principal ML engineer"]],
    ],
    orgs: ["at a retail bank", "at a mobile network operator", "at a public health institute", "at a ride-hailing company", "at a climate research lab", "at a media company", "at an insurance company", "at a sports analytics firm"],
    situations: [
      ["beginner", "Statistics undergraduate"],
      ["beginner", "Economist learning Python"],
      ["beginner", "Lab researcher teaching myself machine learning"],
      ["intermediate", "Junior data analyst"],
      ["intermediate", "Business analyst moving into data science"],
      ["advanced", "Data scientist preparing for a lead role"],
      ["advanced", "ML engineer working on production models"],
    ],
    goals: [
      "Build a portfolio of three end-to-end data projects.",
      "Get comfortable with SQL window functions.",
      "Move from spreadsheets to Python for my analysis work.",
      "Understand how to evaluate a model beyond accuracy.",
      "Explain statistical results clearly to non-technical colleagues.",
      "Deploy a machine learning model to production.",
      "Get my first data analyst job.",
    ],
  },
  {
    weight: 2,
    field: "design",
    core: ["Design"],
    extra: ["Product management", "Career growth", "Public speaking", "collaborations"],
    titles: [
      [2, ["Product designer", "UX designer", "UI designer"]],
      [6, ["Senior product designer", "UX researcher"]],
      [11, ["Design lead", "Lead UX researcher"]],
      [18, ["Head of design", "Design director"]],
    ],
    orgs: ["at a travel booking site", "at a design agency", "at a banking app", "at an edtech company", "at a public-service design team", "at a consumer hardware company", "working freelance"],
    situations: [
      ["beginner", "Graphic designer moving into UX"],
      ["beginner", "Architecture student curious about UX"],
      ["beginner", "Former teacher retraining in UX"],
      ["intermediate", "Junior product designer"],
      ["intermediate", "Visual designer at an agency"],
      ["advanced", "Senior designer stepping into leadership"],
    ],
    goals: [
      "Put together a UX portfolio with two solid case studies.",
      "Run my first usability test with real users.",
      "Learn to present design decisions to engineers and stakeholders.",
      "Get better at accessibility and inclusive design.",
      "Land a product design role at a mission-driven company.",
      "Build and maintain a small design system.",
    ],
  },
  {
    weight: 2,
    field: "product management",
    core: ["Product management"],
    extra: ["Leadership", "Design", "Career growth", "Public speaking", "collaborations"],
    titles: [
      [2, ["Associate product manager", "Product manager"]],
      [6, ["Senior product manager", "Product owner"]],
      [11, ["Group product manager", "Lead product manager"]],
      [18, ["VP of product", "Chief product officer"]],
    ],
    orgs: ["at a SaaS company", "at a marketplace startup", "at a telecom operator", "at a mobile money provider", "at a B2B software company", "at an online learning platform"],
    situations: [
      ["beginner", "Engineer curious about product management"],
      ["beginner", "MBA student"],
      ["intermediate", "New product manager"],
      ["intermediate", "Product owner in a large organisation"],
      ["advanced", "Senior PM aiming for a group product role"],
    ],
    goals: [
      "Make the move from engineering into product management.",
      "Learn to write a clear product spec that engineers trust.",
      "Get better at saying no to stakeholders.",
      "Run customer interviews without leading the witness.",
      "Prioritise a roadmap with data, not opinions.",
      "Prepare for product manager interviews.",
    ],
  },
  {
    weight: 2,
    field: "engineering leadership",
    core: ["Leadership", "leadership development"],
    extra: ["engineering organizations", "Software engineering", "mentorship", "Career growth", "Support networks", "supportive environment"],
    titles: [
      [2, ["Team lead", "Tech lead"]],
      [6, ["Engineering manager"]],
      [11, ["Senior engineering manager", "Director of engineering"]],
      [18, ["VP of engineering", "CTO"]],
    ],
    orgs: ["at a fintech startup", "at a cloud provider", "at an e-commerce marketplace", "at a nonprofit tech team", "at a university IT department", "at a logistics company"],
    situations: [
      ["beginner", "Senior engineer wondering about management"],
      ["intermediate", "New engineering manager"],
      ["intermediate", "Tech lead without a manager title"],
      ["advanced", "Engineering manager of two teams"],
    ],
    goals: [
      "Run one-to-ones that are actually useful.",
      "Give difficult feedback kindly and clearly.",
      "Decide whether management or the staff track suits me.",
      "Hire my first engineer.",
      "Build a team where people feel safe to disagree.",
      "Stop being the bottleneck on every decision.",
    ],
  },
  {
    weight: 2.5,
    field: "engineering",
    core: ["Engineering", "engineering organizations"],
    extra: ["certifications", "professional development", "training programs", "scholarships", "networking", "Leadership"],
    titles: [
      [2, ["Civil engineer", "Mechanical engineer", "Electrical engineer", "Process engineer"]],
      [6, ["Senior structural engineer", "Project engineer", "Senior civil engineer"]],
      [11, ["Lead engineer", "Engineering manager"]],
      [18, ["Chief engineer", "Technical director"]],
    ],
    orgs: ["at a water utility", "at a renewable energy developer", "at a construction firm", "at an automotive supplier", "at a rail operator", "at an aerospace company", "at a mining company", "at a national power company"],
    situations: [
      ["beginner", "First-year mechanical engineering student"],
      ["beginner", "Final-year civil engineering student"],
      ["intermediate", "Graduate engineer"],
      ["intermediate", "Electrical engineer two years into my first job"],
      ["advanced", "Senior engineer preparing for professional registration"],
    ],
    goals: [
      "Find an internship at an engineering firm.",
      "Prepare for my professional engineering licence.",
      "Join an engineering society and meet people in my field.",
      "Move from site work into design.",
      "Learn the software my industry actually uses.",
      "Work abroad on an infrastructure project.",
    ],
  },
  {
    weight: 2,
    field: "education",
    core: ["Education Studies", "Education & Career"],
    extra: ["scholarships", "funding opportunities", "Writing", "learning opportunities", "training programs", "Learning communities"],
    titles: [
      [2, ["Teacher", "Lecturer", "Instructional designer"]],
      [6, ["Senior lecturer", "Curriculum lead"]],
      [11, ["Associate professor", "Head of department"]],
      [18, ["Professor", "Dean of studies"]],
    ],
    orgs: ["at a public university", "at a community college", "at a secondary school", "at an education nonprofit", "at a teacher-training college", "at an online learning platform"],
    situations: [
      ["beginner", "Trainee teacher"],
      ["beginner", "Master's student in education"],
      ["intermediate", "PhD student in education studies"],
      ["intermediate", "Teacher moving into instructional design"],
      ["advanced", "Lecturer applying for research grants"],
    ],
    goals: [
      "Get my first paper accepted at a conference.",
      "Apply for a fully funded PhD abroad.",
      "Find a scholarship for my master's degree.",
      "Learn how to design an online course that people finish.",
      "Balance teaching with research without burning out.",
      "Write a strong personal statement.",
    ],
  },
  {
    weight: 2,
    field: "careers and people development",
    core: ["Career growth", "professional development"],
    extra: ["networking", "Public speaking", "Education & Career", "Support networks", "sense of belonging", "resources"],
    titles: [
      [2, ["Career coach", "Recruiter", "HR partner"]],
      [6, ["Senior recruiter", "Learning and development lead"]],
      [11, ["Head of people", "Talent director"]],
      [18, ["Chief people officer", "Executive coach"]],
    ],
    orgs: ["at a tech company", "at a university careers service", "at a recruitment agency", "at a global consultancy", "at a nonprofit", "working independently"],
    situations: [
      ["beginner", "Recent graduate looking for a first job"],
      ["beginner", "Parent returning to work after a career break"],
      ["intermediate", "Career changer in my thirties"],
      ["intermediate", "Professional who recently moved countries"],
      ["advanced", "Mid-career professional planning a pivot"],
    ],
    goals: [
      "Rewrite my CV so it gets past the first screen.",
      "Prepare for behavioural interviews.",
      "Negotiate my salary for the first time.",
      "Build a professional network in a new country.",
      "Figure out which roles suit my skills.",
      "Get back into work after two years of caring for family.",
    ],
  },
  {
    weight: 1.5,
    field: "community building",
    core: ["community engagement", "Learning communities"],
    extra: ["advocacy", "community support", "Support networks", "funding opportunities", "supportive environment", "sense of belonging", "collaborations"],
    titles: [
      [2, ["Community manager", "Programme coordinator"]],
      [6, ["Programme manager", "Community lead"]],
      [11, ["Director of programmes", "Executive director"]],
      [18, ["Executive director", "Foundation director"]],
    ],
    orgs: ["at a women-in-tech nonprofit", "at a developer community", "at a youth coding charity", "at a refugee support organisation", "at a professional association", "at a grassroots meetup network"],
    situations: [
      ["beginner", "Volunteer at a local meetup"],
      ["beginner", "Student society president"],
      ["intermediate", "New community manager"],
      ["advanced", "Founder of a small nonprofit"],
    ],
    goals: [
      "Grow our local meetup from 20 to 100 regular members.",
      "Write my first grant application.",
      "Find sponsors for a community event.",
      "Keep volunteers motivated over a whole year.",
      "Measure whether our programme actually helps people.",
    ],
  },
  {
    weight: 1,
    field: "writing and communication",
    core: ["Writing", "Public speaking"],
    extra: ["networking", "Career growth", "advocacy", "professional development"],
    titles: [
      [2, ["Technical writer", "Content designer", "Journalist"]],
      [6, ["Senior technical writer", "Communications manager"]],
      [11, ["Head of content", "Documentation lead"]],
      [18, ["Editorial director", "Communications director"]],
    ],
    orgs: ["at a developer tools company", "at a news site", "at a science communication charity", "at a software company", "working freelance"],
    situations: [
      ["beginner", "Engineer who wants to write better"],
      ["beginner", "Journalism student"],
      ["intermediate", "Junior technical writer"],
      ["advanced", "Conference speaker working on a book"],
    ],
    goals: [
      "Give my first conference talk.",
      "Start a blog and publish once a month.",
      "Write documentation that people actually read.",
      "Stop reading my slides aloud.",
      "Pitch an article to a well-known publication.",
    ],
  },
];

const pickTrack = weighted<Track>(TRACKS);

// Goals anyone might have, mixed in with the track's.
const COMMON_GOALS = [
  "Build a professional network in my field.",
  "Get better at asking for feedback.",
  "Speak up more confidently in meetings.",
  "Find a mentor who has walked a similar path.",
  "Plan the next two years of my career.",
];

// General interests a member may list besides their track's topics.
const COMMON_TOPICS = ["mentorship", "networking", "community support", "resources", "learning opportunities", "sense of belonging", "Support networks"];

// How a topic reads inside a sentence; a topic missing here is lowercased.
const TOPIC_PHRASES: Record<string, string> = {
  "Career growth": "career growth",
  "Data science": "data science",
  "Education & Career": "moving from study into work",
  "Education Studies": "education research",
  Engineering: "engineering careers",
  "engineering organizations": "engineering professional bodies",
  "Learning communities": "learning communities",
  "Product management": "product management",
  "Public speaking": "public speaking",
  "Software engineering": "software engineering",
  "Support networks": "building a support network",
  collaborations: "cross-team collaboration",
  "community engagement": "community engagement",
  "funding opportunities": "finding funding",
  "leadership development": "growing as a leader",
  "learning opportunities": "spotting learning opportunities",
  mentorship: "getting the most out of mentorship",
  resources: "finding good learning resources",
  scholarships: "scholarship applications",
  "sense of belonging": "finding your place in a new field",
  "supportive environment": "building supportive teams",
  "training programs": "choosing training programmes",
};
const phrase = (topic: string) => TOPIC_PHRASES[topic] ?? topic.toLowerCase();

const FORMAT_PHRASES: Record<Format, string> = { video: "video calls", chat: "chat", async: "written feedback on your own time" };

const HOBBIES = [
  "hiking",
  "playing chess",
  "baking bread",
  "watching football",
  "playing cricket",
  "singing in a choir",
  "bouldering",
  "photographing old buildings",
  "gardening",
  "cycling",
  "reading science fiction",
  "playing board games",
  "learning the guitar",
  "running half marathons",
];

const list = (items: readonly string[]) => (items.length < 2 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`);
/** "Senior lecturer" → "senior lecturer" inside a sentence; "CTO", "PhD student", "UX designer" stay as they are. */
const lowerFirst = (s: string) => (/^[A-Z][a-z]+\b/.test(s) ? s.charAt(0).toLowerCase() + s.slice(1) : s);
/** "a" or "an" by sound, for the titles and situations above ("an MBA student", "a UX designer"). */
const article = (s: string) => (/^(?:[aeio]|u(?!x\b|i\b)|ml\b|mba\b|hr\b)/i.test(s) ? "an" : "a");
/** The first template's text, or the fallback when it is longer than the form allows. */
const fit = (text: string, max: number, fallback: string) => (text.length <= max ? text : fallback);

// ------------------------------------------------------------------- mentors

type MentorContext = { rng: Rng; title: string; org: string; years: number; track: Track; expertise: string[]; formats: Format[]; languages: string[]; zone: Zone };

const MENTOR_HEADLINES: readonly ((c: MentorContext) => string)[] = [
  (c) => `${c.title} ${c.org}`,
  (c) => `${c.title} ${c.org} · ${c.years} years in ${c.track.field}`,
  (c) => `${c.title} · happy to help with ${phrase(c.expertise[0]!)}`,
  (c) => `${c.title}, ${c.years} years in ${c.track.field} · mentoring in ${list(c.languages.slice(0, 2))}`,
];

const MENTOR_BACKGROUNDS: readonly ((c: MentorContext) => string)[] = [
  (c) => `I've worked in ${c.track.field} for ${c.years} years, most recently as ${article(c.title)} ${lowerFirst(c.title)} ${c.org}.`,
  (c) => `${c.title} ${c.org}, with ${c.years} years in ${c.track.field} behind me.`,
  (c) => `I started in ${c.track.field} ${c.years} years ago and I'm now ${article(c.title)} ${lowerFirst(c.title)} ${c.org}.`,
  (c) => `After ${c.years} years in ${c.track.field} I still learn something every week; today I'm ${article(c.title)} ${lowerFirst(c.title)} ${c.org}.`,
];

const MENTOR_OFFERS: readonly ((c: MentorContext) => string)[] = [
  (c) => `I can help with **${phrase(c.expertise[0]!)}**${c.expertise.length > 1 ? ` and ${phrase(c.expertise[1]!)}` : ""}.`,
  (c) => `Ask me about ${list(c.expertise.slice(0, 3).map(phrase))}.`,
  (c) => `Most people come to me for ${phrase(c.expertise[0]!)}, and we usually end up talking about ${phrase(c.expertise[c.expertise.length - 1]!)} too.`,
  (c) => `I'm happiest helping people with **${phrase(c.expertise[0]!)}**.`,
];

const MENTOR_CLOSINGS: readonly ((c: MentorContext) => string)[] = [
  (c) => `I prefer ${list(c.formats.map((f) => FORMAT_PHRASES[f]))}, and I'm in the ${c.zone.city} time zone.`,
  () => "I was mentored early in my career and want to pay it forward.",
  () => "Expect honest feedback and _lots_ of questions.",
  (c) => `Outside work you'll find me ${pick(c.rng, HOBBIES)}.`,
  (c) => `We can talk in ${list(c.languages)}.`,
];

function titleFor(rng: Rng, track: Track, years: number): string {
  let titles = track.titles[0]![1];
  for (const [from, names] of track.titles) if (years >= from) titles = names;
  return pick(rng, titles);
}

function mentor(email: string, seed: number, index: number, notAccepting: boolean): CommunityMember {
  const rng = memberRng(seed, MENTOR_SALT, index);
  const loc = pickLocale(rng);
  const track = pickTrack(rng);
  const zoneOf = pick(rng, loc.zones);
  const languages = languagesFor(rng, loc);
  // Skewed towards the middle of a career: most mentors have 5–20 years.
  const years = 2 + Math.floor(28 * rng() ** 1.4);
  const expertise = pickDistinct(rng, track.extra, between(rng, 0, 3), [pick(rng, track.core)]);
  const topics = pickDistinct(rng, COMMON_TOPICS, between(rng, 0, 2), pickDistinct(rng, track.core, 1, expertise.slice()));
  const formats = MENTORING_FORMATS.filter((_, i) => rng() < [0.8, 0.55, 0.4][i]!);
  if (formats.length === 0) formats.push("video");
  const c: MentorContext = { rng, title: titleFor(rng, track, years), org: pick(rng, track.orgs), years, track, expertise, formats, languages, zone: zoneOf };

  let bio = `${pick(rng, MENTOR_BACKGROUNDS)(c)} ${pick(rng, MENTOR_OFFERS)(c)}`;
  if (notAccepting) bio += " I'm **not taking new mentees right now**, but my articles are open to everyone.";
  else if (rng() < 0.7) bio += ` ${pick(rng, MENTOR_CLOSINGS)(c)}`;

  return {
    email,
    displayName: `${pick(rng, loc.first)} ${pick(rng, loc.last)}`,
    role: "mentor",
    joinedAgo: joinedAgo(seed, "mentor", index),
    profile: {
      headline: fit(pick(rng, MENTOR_HEADLINES)(c), LIMITS.headline, `${c.title} ${c.org}`),
      bio,
      timezone: zoneOf.id,
      languages,
      topics,
      mentorPublished: true,
      expertise,
      yearsExperience: years,
      formats,
      hoursPerMonth: pick(rng, [2, 4, 4, 5, 6, 8, 8, 10, 12, 15, 16, 20]),
      capacity: pick(rng, [1, 2, 2, 3, 3, 3, 4, 4, 5, 6]),
      acceptingMentees: !notAccepting,
      goals: [],
      level: null,
      preferredLanguages: [],
      preferredTimezone: null,
    },
  };
}

// ------------------------------------------------------------------ learners

type LearnerContext = { situation: string; track: Track; topics: string[] };

const LEARNER_HEADLINES: readonly ((c: LearnerContext) => string)[] = [
  (c) => c.situation,
  (c) => `${c.situation} looking for a mentor in ${phrase(c.topics[0]!)}`,
  (c) => `${c.situation} · interested in ${list(c.topics.slice(0, 2).map(phrase))}`,
];

const LEARNER_INTROS: readonly ((c: LearnerContext) => string)[] = [
  (c) => `I'm ${article(c.situation)} ${lowerFirst(c.situation)}.`,
  (c) => `${c.situation}, learning as much as I can about ${c.track.field}.`,
  (c) => `Hi! I'm ${article(c.situation)} ${lowerFirst(c.situation)} and new to this community.`,
];

const LEARNER_ASKS: readonly ((c: LearnerContext) => string)[] = [
  (c) => `I'd love a mentor who can help me with **${phrase(c.topics[0]!)}**.`,
  (c) => `I'd like a patient mentor with real experience in ${phrase(c.topics[0]!)}.`,
  (c) => `Right now I'm focused on ${list(c.topics.slice(0, 2).map(phrase))}.`,
];

const LEARNER_CLOSINGS = [
  "I learn best with _concrete_ examples and small weekly steps.",
  "Happy to share what I learn along the way.",
  "I can meet most evenings and weekends.",
  "Feedback, even blunt, is very welcome.",
];

const LEVEL_WEIGHTS: Record<Level, number> = { beginner: 0.4, intermediate: 0.4, advanced: 0.2 };

function learner(email: string, seed: number, index: number): CommunityMember {
  const rng = memberRng(seed, LEARNER_SALT, index);
  const loc = pickLocale(rng);
  const track = pickTrack(rng);
  const zoneOf = pick(rng, loc.zones);
  const languages = languagesFor(rng, loc);
  const [level, situation] = pick(rng, track.situations);
  const topics = pickDistinct(rng, track.extra, between(rng, 0, 2), pickDistinct(rng, track.core, between(rng, 1, 2)));
  if (rng() < 0.4) pickDistinct(rng, COMMON_TOPICS, 1, topics);
  const goals = pickDistinct(rng, track.goals, between(rng, 1, 2));
  if (rng() < 0.3) pickDistinct(rng, COMMON_GOALS, 1, goals);
  // Most want a mentor nearby in time; some look for one elsewhere (a
  // student in Lagos hoping for someone in London).
  const preferredTimezone = rng() < 0.65 ? zoneOf.id : pick(rng, pickLocale(rng).zones).id;
  const c: LearnerContext = { situation, track, topics };

  let bio = `${pick(rng, LEARNER_INTROS)(c)} ${pick(rng, LEARNER_ASKS)(c)}`;
  if (rng() < 0.6) bio += ` ${pick(rng, LEARNER_CLOSINGS)}`;

  return {
    email,
    displayName: `${pick(rng, loc.first)} ${pick(rng, loc.last)}`,
    role: "learner",
    joinedAgo: joinedAgo(seed, "learner", index),
    profile: {
      ...EMPTY_PROFILE,
      headline: fit(pick(rng, LEARNER_HEADLINES)(c), LIMITS.headline, situation),
      bio,
      timezone: zoneOf.id,
      languages,
      topics,
      goals,
      level: rng() < 0.85 ? level : pickLevel(rng),
      preferredLanguages: pickDistinct(rng, languages, between(rng, 1, 2)),
      preferredTimezone,
    },
  };
}

function pickLevel(rng: Rng): Level {
  const x = rng();
  return x < LEVEL_WEIGHTS.beginner ? "beginner" : x < LEVEL_WEIGHTS.beginner + LEVEL_WEIGHTS.intermediate ? "intermediate" : "advanced";
}

// ---------------------------------------------------------------------- main

/** Share of mentors who are not accepting mentees, so "not accepting" shows up when browsing. */
export const NOT_ACCEPTING_SHARE = 0.15;

/**
 * `mentors` mentors then `learners` learners, as member-1@example.com,
 * member-2@example.com…: the same options always give the same members.
 * Each member draws from its own random stream (seed, role, index), so the
 * first 40 mentors of a 10,000-mentor run are the 40 of the default run.
 */
export function generateCommunity({ mentors = 40, learners = 60, seed = 42 }: CommunityOptions = {}): CommunityMember[] {
  // Not accepting: every 1/share-th mentor from a seeded offset, so the share
  // is exact (±1) however few mentors there are, not left to chance.
  const offset = memberRng(seed, SETUP_SALT, 0)() / NOT_ACCEPTING_SHARE;
  const members: CommunityMember[] = new Array(mentors + learners);
  for (let i = 0; i < mentors; i++) {
    const notAccepting = Math.floor((i + 1 + offset) * NOT_ACCEPTING_SHARE) > Math.floor((i + offset) * NOT_ACCEPTING_SHARE);
    members[i] = mentor(`member-${i + 1}@example.com`, seed, i, notAccepting);
  }
  for (let j = 0; j < learners; j++) {
    members[mentors + j] = learner(`member-${mentors + j + 1}@example.com`, seed, j);
  }
  return members;
}
