import { z } from "zod";

/**
 * The editable fields of an identity, shared by the create/edit form and the CSV import so
 * both apply exactly the same rules.
 *
 * Input values are what a form submits: strings, where "" means "not set". The parsed output
 * is normalised (trimmed, empty optional fields become `undefined`).
 */

export const LIFECYCLE_STATES = ["active", "inactive", "leaver", "prehire"] as const;
export type LifecycleState = (typeof LIFECYCLE_STATES)[number];

export const FIELD_LIMITS = {
  name: 200,
  // RFC 5321 caps a forward path at 256 octets including the angle brackets.
  email: 254,
  employeeId: 64,
  department: 128,
  title: 128,
  attributeKey: 128,
  attributeValue: 2000,
} as const;

/** The key used to compare emails: address matching is case-insensitive in practice. */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Turns "" (and whitespace) into undefined so optional fields left blank are "not set". */
function blankToUndefined(value: string | null | undefined): string | undefined {
  return value ? value : undefined;
}

/** An optional text field: trimmed, blank means unset, then checked by `inner`. */
function optionalText<T extends z.ZodType<unknown, string>>(inner: T) {
  return z.string().trim().nullish().transform(blankToUndefined).pipe(inner.optional());
}

const maxMessage = (label: string, max: number) => `${label} must be at most ${max} characters`;

const emailFormat = (label: string) =>
  z
    .string()
    .max(FIELD_LIMITS.email, maxMessage(label, FIELD_LIMITS.email))
    // Run the format check only on values that passed the length check: one clear message each.
    .pipe(z.email({ error: (issue) => `"${String(issue.input)}" is not a valid email address` }));

const lifecycleMessage = (issue: { input?: unknown }) =>
  `"${String(issue.input)}" is not a lifecycle state. Use one of: ${LIFECYCLE_STATES.join(", ")}`;

export const identityInputSchema = z.object({
  name: z
    .string({ error: "Name is required" })
    .trim()
    .min(1, "Name is required")
    .max(FIELD_LIMITS.name, maxMessage("Name", FIELD_LIMITS.name)),
  email: z
    .string({ error: "Email is required" })
    .trim()
    .min(1, "Email is required")
    .pipe(emailFormat("Email")),
  employeeId: optionalText(
    z.string().max(FIELD_LIMITS.employeeId, maxMessage("Employee ID", FIELD_LIMITS.employeeId)),
  ),
  department: optionalText(
    z.string().max(FIELD_LIMITS.department, maxMessage("Department", FIELD_LIMITS.department)),
  ),
  title: optionalText(z.string().max(FIELD_LIMITS.title, maxMessage("Title", FIELD_LIMITS.title))),
  managerEmail: optionalText(emailFormat("Manager email")),
  lifecycleState: z
    .string()
    .trim()
    // Spreadsheets and HR exports often capitalise ("Active"); the stored value is lowercase.
    .toLowerCase()
    .nullish()
    .transform(blankToUndefined)
    .pipe(z.enum(LIFECYCLE_STATES, { error: lifecycleMessage }).default("active")),
  attributes: z
    .record(
      z
        .string()
        .trim()
        .min(1, "Attribute names can't be empty")
        .max(FIELD_LIMITS.attributeKey, maxMessage("Attribute name", FIELD_LIMITS.attributeKey)),
      z
        .string()
        .trim()
        .max(FIELD_LIMITS.attributeValue, maxMessage("Attribute value", FIELD_LIMITS.attributeValue)),
      // zod reports a bad key as a generic "Invalid key in record"; surface the key rule's own message.
      { error: (issue) => (issue.code === "invalid_key" ? issue.issues[0]?.message : undefined) },
    )
    .default({})
    // Same rule as the other fields: an attribute left blank is not set, so it is dropped.
    .transform((attrs) => {
      const kept: Record<string, string> = {};
      for (const [key, value] of Object.entries(attrs)) if (value !== "") kept[key] = value;
      return kept;
    }),
});

/** What a form (or a CSV row) submits. */
export type IdentityFormValues = z.input<typeof identityInputSchema>;
/** Validated, normalised identity fields, ready to store. */
export type IdentityInput = z.output<typeof identityInputSchema>;
export type IdentityField = keyof IdentityInput;
