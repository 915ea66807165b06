/**
 * A deterministic HR file for the demo when the Slack simulator does not supply one: ~200 people
 * across departments, with managers inside the file.
 */
const first = ["Ada", "Ben", "Chloe", "Dev", "Elena", "Farid", "Grace", "Hiro", "Ines", "Jonas", "Kemi", "Liam", "Maya", "Nils", "Olga", "Priya", "Quinn", "Rosa", "Sami", "Tara"];
const last = ["Okafor", "Lindqvist", "Moreau", "Patel", "Rossi", "Haddad", "Hopper", "Tanaka", "Ferreira", "Becker"];
const departments: Array<[string, string[]]> = [
  ["Engineering", ["Software Engineer", "Senior Software Engineer", "Engineering Manager"]],
  ["Sales", ["Account Executive", "Sales Manager"]],
  ["Marketing", ["Marketing Specialist", "Content Lead"]],
  ["Finance", ["Accountant", "Financial Analyst"]],
  ["IT", ["IT Administrator", "Systems Engineer"]],
  ["Security", ["Security Analyst", "Security Engineer"]],
  ["Legal", ["Counsel", "Paralegal"]],
  ["People", ["HR Partner", "Recruiter"]],
];

export function demoIdentitiesCsv(count = 200): string {
  const lines = ["name,email,employee_id,department,title,manager_email,lifecycle_state,location"];
  const managers = new Map<string, string>();
  for (let i = 0; i < count; i++) {
    const name = `${first[i % first.length]} ${last[Math.floor(i / first.length) % last.length]}`;
    const email = `${name.toLowerCase().replace(/ /g, ".")}${i >= first.length * last.length ? i : ""}@demo.example`;
    const [dept, titles] = departments[i % departments.length];
    const manager = managers.get(dept);
    if (!manager) managers.set(dept, email);
    const state = i % 37 === 0 ? "leaver" : i % 23 === 0 ? "inactive" : "active";
    const location = ["Berlin", "London", "New York", "Singapore"][i % 4];
    lines.push([name, email, `E${String(1000 + i)}`, dept, titles[i % titles.length], manager ?? "", state, location].join(","));
  }
  return `${lines.join("\n")}\n`;
}
