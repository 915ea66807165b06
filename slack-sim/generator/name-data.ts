/** Name and company pools for synthetic people. Broad on purpose so a 100k workspace reads plausibly. */

export const FIRST_NAMES: readonly string[] = [
  "Aaron", "Abigail", "Adam", "Adriana", "Aisha", "Alan", "Alejandro", "Alex", "Alice", "Amara", "Amelia", "Amir",
  "Ana", "Andre", "Andrew", "Angela", "Anika", "Ann", "Anthony", "Arjun", "Ava", "Ben", "Beatriz", "Bianca",
  "Brandon", "Brian", "Bruno", "Caleb", "Camila", "Carla", "Carlos", "Caroline", "Catherine", "Chen", "Chloe",
  "Chris", "Claire", "Daniel", "David", "Deepa", "Diana", "Diego", "Dmitri", "Elena", "Eli", "Elif", "Emily",
  "Emma", "Eric", "Erin", "Ethan", "Fatima", "Felix", "Fernanda", "Fiona", "Gabriel", "Grace", "Hana", "Hannah",
  "Harper", "Hiroshi", "Ian", "Ibrahim", "Ines", "Isaac", "Isabella", "Ivan", "Jack", "Jacob", "James", "Jasmine",
  "Jason", "Javier", "Jennifer", "Jessica", "Ji-woo", "Joao", "John", "Jonah", "Jordan", "Jose", "Julia", "Kai",
  "Karen", "Kate", "Kenji", "Kevin", "Kiran", "Laila", "Laura", "Leah", "Leo", "Liam", "Lily", "Lucas", "Lucia",
  "Luis", "Maya", "Mateo", "Matthew", "Mei", "Mia", "Michael", "Miguel", "Mohammed", "Nadia", "Naomi", "Nathan",
  "Nikhil", "Noah", "Nora", "Olivia", "Omar", "Oscar", "Owen", "Pablo", "Patrick", "Paul", "Priya", "Rachel",
  "Rahul", "Rafael", "Rebecca", "Ricardo", "Riya", "Robert", "Rohan", "Rosa", "Ryan", "Sakura", "Samuel", "Sara",
  "Sean", "Sebastian", "Sofia", "Sophie", "Stefan", "Steven", "Tanvi", "Thomas", "Tomas", "Valentina", "Victor",
  "Vikram", "William", "Xin", "Yara", "Yuki", "Yusuf", "Zara", "Zoe",
];

export const LAST_NAMES: readonly string[] = [
  "Adams", "Agarwal", "Ahmed", "Alvarez", "Anderson", "Bailey", "Baker", "Banerjee", "Barnes", "Becker", "Bennett",
  "Brooks", "Brown", "Campbell", "Carter", "Castro", "Chen", "Clark", "Collins", "Cooper", "Costa", "Cruz", "Das",
  "Davies", "Davis", "Diaz", "Edwards", "Evans", "Fernandes", "Fischer", "Fisher", "Flores", "Foster", "Garcia",
  "Gomez", "Gonzalez", "Gray", "Green", "Gupta", "Hall", "Harris", "Hayes", "Hernandez", "Hill", "Hoffmann",
  "Hughes", "Ito", "Iyer", "Jackson", "James", "Jensen", "Johnson", "Jones", "Kato", "Kelly", "Khan", "Kim", "King",
  "Klein", "Kowalski", "Kumar", "Lee", "Lewis", "Li", "Lopez", "Martin", "Martinez", "Mehta", "Meyer", "Miller",
  "Mitchell", "Moore", "Morgan", "Morris", "Muller", "Murphy", "Nair", "Nakamura", "Nguyen", "Novak", "Oliveira",
  "Ortiz", "Park", "Patel", "Perez", "Perry", "Petrov", "Phillips", "Price", "Ramirez", "Rao", "Reddy", "Reed",
  "Reyes", "Richter", "Rivera", "Roberts", "Robinson", "Rodriguez", "Rossi", "Russell", "Saito", "Sanchez",
  "Santos", "Schmidt", "Schneider", "Scott", "Shah", "Sharma", "Silva", "Singh", "Smith", "Sousa", "Stewart",
  "Suzuki", "Tanaka", "Taylor", "Thomas", "Thompson", "Torres", "Turner", "Wagner", "Walker", "Wang", "Ward",
  "Watanabe", "Weber", "White", "Williams", "Wilson", "Wong", "Wright", "Wu", "Yamamoto", "Yang", "Young", "Zhang",
];

export const COMPANIES: readonly { name: string; domain: string; slackDomain: string }[] = [
  { name: "Northwind Labs", domain: "northwindlabs.com", slackDomain: "northwind-labs" },
  { name: "Bluefin Analytics", domain: "bluefin-analytics.com", slackDomain: "bluefin" },
  { name: "Copperleaf Systems", domain: "copperleaf.io", slackDomain: "copperleaf" },
  { name: "Harborview Health", domain: "harborviewhealth.org", slackDomain: "harborview" },
  { name: "Lumen & Pike", domain: "lumenpike.com", slackDomain: "lumenpike" },
  { name: "Granite Peak Logistics", domain: "granitepeak.com", slackDomain: "granite-peak" },
  { name: "Saffron Robotics", domain: "saffronrobotics.com", slackDomain: "saffron-robotics" },
  { name: "Tidewater Finance", domain: "tidewaterfin.com", slackDomain: "tidewater" },
];

/** Side projects used for the free-plan second workspace. */
export const SIDE_WORKSPACES: readonly { name: string; domain: string; slackDomain: string }[] = [
  { name: "Open Source Friends", domain: "osfriends.dev", slackDomain: "osfriends" },
  { name: "Weekend Hackers", domain: "weekendhackers.org", slackDomain: "weekend-hackers" },
];

/** Domains of people who are not employees: agencies, contractors, personal mail, an acquired company. */
export const EXTERNAL_DOMAINS: readonly string[] = [
  "gmail.com", "outlook.com", "brightagency.co", "contractorsplus.net", "acme-consulting.com", "fastmail.com",
];

export const ACQUIRED_DOMAIN_SUFFIX = "-legacy.com";

export const AVATAR_COLORS: readonly string[] = [
  "9f69e7", "4bbe2e", "e7392d", "3c989f", "674b1b", "e96699", "5b89d5", "e0a729", "53b759", "2b6836", "aba727",
  "684b6c", "d58247", "de5f24", "902d59", "99d04a", "235e5b", "c386df", "a63024", "5870dd",
];

export const BOT_NAMES: readonly { name: string; realName: string }[] = [
  { name: "jira", realName: "Jira Cloud" },
  { name: "github", realName: "GitHub" },
  { name: "pagerduty", realName: "PagerDuty" },
  { name: "zoom", realName: "Zoom" },
  { name: "google_drive", realName: "Google Drive" },
  { name: "standup_bot", realName: "Standup Bot" },
  { name: "polly", realName: "Polly" },
  { name: "donut", realName: "Donut" },
  { name: "salesforce", realName: "Salesforce" },
  { name: "datadog", realName: "Datadog" },
  { name: "workday", realName: "Workday" },
  { name: "okta", realName: "Okta Verify" },
];
