/**
 * A small parser for Slack's SCIM filters: `attr op "value"` comparisons (eq, co, sw, gt, ge, lt, le),
 * `attr pr`, joined by `and` / `or` with parentheses. Attribute and operator names are case-insensitive;
 * values are JSON strings (single quotes are accepted too, as in Slack's own examples).
 */

export type FilterNode =
  | { kind: "compare"; attribute: string; op: "eq" | "co" | "sw" | "gt" | "ge" | "lt" | "le"; value: string }
  | { kind: "present"; attribute: string }
  | { kind: "and" | "or"; left: FilterNode; right: FilterNode };

export class FilterError extends Error {
  constructor(readonly code: "invalid_query" | "incomplete_filter" | "invalid_filter_group" | "no_filters") {
    super(code);
  }
}

const TOKEN = /\s*(\(|\)|"(?:[^"\\]|\\.)*"|'[^']*'|[^\s()]+)/y;

function tokenize(text: string): string[] {
  const tokens: string[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while (TOKEN.lastIndex < text.length && (m = TOKEN.exec(text))) tokens.push(m[1]);
  if (text.slice(TOKEN.lastIndex).trim() !== "") throw new FilterError("invalid_query");
  return tokens;
}

function literal(token: string): string {
  if (token.startsWith('"')) {
    try {
      return String(JSON.parse(token));
    } catch {
      throw new FilterError("invalid_query");
    }
  }
  if (token.startsWith("'")) return token.slice(1, -1);
  return token;
}

export function parseFilter(text: string): FilterNode {
  const tokens = tokenize(text);
  if (tokens.length === 0) throw new FilterError("no_filters");
  let pos = 0;
  const peek = () => tokens[pos]?.toLowerCase();

  const parseOr = (): FilterNode => {
    let node = parseAnd();
    while (peek() === "or") {
      pos++;
      node = { kind: "or", left: node, right: parseAnd() };
    }
    return node;
  };
  const parseAnd = (): FilterNode => {
    let node = parseFactor();
    while (peek() === "and") {
      pos++;
      node = { kind: "and", left: node, right: parseFactor() };
    }
    return node;
  };
  const parseFactor = (): FilterNode => {
    if (pos >= tokens.length) throw new FilterError("incomplete_filter");
    if (tokens[pos] === "(") {
      pos++;
      const inner = parseOr();
      if (tokens[pos] !== ")") throw new FilterError("invalid_filter_group");
      pos++;
      return inner;
    }
    const attribute = tokens[pos++];
    const op = peek();
    if (op === undefined) throw new FilterError("incomplete_filter");
    pos++;
    if (op === "pr") return { kind: "present", attribute };
    if (op !== "eq" && op !== "co" && op !== "sw" && op !== "gt" && op !== "ge" && op !== "lt" && op !== "le") {
      throw new FilterError("invalid_query");
    }
    if (pos >= tokens.length) throw new FilterError("incomplete_filter");
    return { kind: "compare", attribute, op, value: literal(tokens[pos++]) };
  };

  const tree = parseOr();
  if (pos !== tokens.length) throw new FilterError(tokens[pos] === ")" ? "invalid_filter_group" : "invalid_query");
  return tree;
}

/**
 * Evaluates a filter; `resolve` maps an attribute name (lower-cased) to the resource's values, or
 * returns null for attributes that cannot be filtered on (invalid_query). Comparisons ignore case.
 */
export function matchesFilter(node: FilterNode, resolve: (attribute: string) => string[] | null): boolean {
  switch (node.kind) {
    case "and": return matchesFilter(node.left, resolve) && matchesFilter(node.right, resolve);
    case "or": return matchesFilter(node.left, resolve) || matchesFilter(node.right, resolve);
    case "present": {
      const values = resolve(node.attribute.toLowerCase());
      if (values === null) throw new FilterError("invalid_query");
      return values.some((v) => v !== "");
    }
    case "compare": {
      const values = resolve(node.attribute.toLowerCase());
      if (values === null) throw new FilterError("invalid_query");
      const wanted = node.value.toLowerCase();
      return values.some((raw) => {
        const v = raw.toLowerCase();
        switch (node.op) {
          case "eq": return v === wanted;
          case "co": return v.includes(wanted);
          case "sw": return v.startsWith(wanted);
          case "gt": return v > wanted;
          case "ge": return v >= wanted;
          case "lt": return v < wanted;
          case "le": return v <= wanted;
        }
      });
    }
  }
}

/** Every attribute a filter mentions (lower-cased), to reject unknown ones before evaluating. */
export function filterAttributes(node: FilterNode): string[] {
  if ("attribute" in node) return [node.attribute.toLowerCase()];
  return [...filterAttributes(node.left), ...filterAttributes(node.right)];
}
