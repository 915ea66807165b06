/**
 * Departments and titles. The same department/title pairs feed the Slack profile, SCIM's enterprise
 * extension and the identities CSV, so correlation by email also lines the attributes up.
 */

export interface DepartmentSpec {
  name: string;
  /** Share of employees, before rounding. */
  weight: number;
  head: string;
  manager: string;
  individualTitles: readonly string[];
  /** User-group handle used for the department's group. */
  handle: string;
}

export const DEPARTMENTS: readonly DepartmentSpec[] = [
  {
    name: "Engineering", weight: 30, head: "VP of Engineering", manager: "Engineering Manager", handle: "eng",
    individualTitles: ["Software Engineer", "Senior Software Engineer", "Staff Engineer", "Site Reliability Engineer", "QA Engineer", "Data Engineer"],
  },
  {
    name: "Sales", weight: 15, head: "VP of Sales", manager: "Sales Manager", handle: "sales",
    individualTitles: ["Account Executive", "Senior Account Executive", "Sales Development Representative", "Solutions Engineer"],
  },
  {
    name: "Customer Success", weight: 10, head: "VP of Customer Success", manager: "Support Manager", handle: "cs",
    individualTitles: ["Customer Success Manager", "Support Engineer", "Technical Account Manager"],
  },
  {
    name: "Marketing", weight: 8, head: "VP of Marketing", manager: "Marketing Manager", handle: "marketing",
    individualTitles: ["Product Marketing Manager", "Content Strategist", "Growth Marketer", "Brand Designer"],
  },
  {
    name: "Product", weight: 7, head: "VP of Product", manager: "Group Product Manager", handle: "product",
    individualTitles: ["Product Manager", "Senior Product Manager", "Product Analyst"],
  },
  {
    name: "Design", weight: 4, head: "Head of Design", manager: "Design Manager", handle: "design",
    individualTitles: ["Product Designer", "Senior Product Designer", "UX Researcher"],
  },
  {
    name: "Finance", weight: 5, head: "Controller", manager: "Finance Manager", handle: "finance",
    individualTitles: ["Financial Analyst", "Accountant", "Payroll Specialist"],
  },
  {
    name: "People", weight: 4, head: "VP of People", manager: "HR Manager", handle: "people",
    individualTitles: ["HR Business Partner", "Recruiter", "People Operations Specialist"],
  },
  {
    name: "Legal", weight: 2, head: "General Counsel", manager: "Legal Manager", handle: "legal",
    individualTitles: ["Corporate Counsel", "Paralegal", "Compliance Analyst"],
  },
  {
    name: "IT", weight: 5, head: "Director of IT", manager: "IT Manager", handle: "it",
    individualTitles: ["IT Administrator", "Systems Administrator", "IT Support Specialist", "Security Engineer"],
  },
  {
    name: "Operations", weight: 6, head: "VP of Operations", manager: "Operations Manager", handle: "ops",
    individualTitles: ["Operations Analyst", "Program Manager", "Facilities Coordinator"],
  },
];

export const EXECUTIVE_DEPARTMENT = "Executive";
export const CEO_TITLE = "Chief Executive Officer";
export const EXECUTIVE_TITLES: readonly string[] = ["Chief Technology Officer", "Chief Operating Officer", "Chief Financial Officer", "Chief Revenue Officer"];
export const ADMIN_TITLES: readonly string[] = ["IT Administrator", "Systems Administrator", "Workplace Tools Lead"];
export const GUEST_TITLES: readonly string[] = ["Contractor", "Agency Partner", "Consultant", "Freelance Designer"];

/** One manager per this many individual contributors. */
export const SPAN_OF_CONTROL = 8;
