// A small evaluator for the Python expressions in feedparser's test files ("Expect: not bozo and
// entries[0]['title'] == 'x'"): literals, subscripts, attributes, ==/!=/is/in, and/or/not, len().
// Field paths are resolved by the caller, which can refuse a path (Skip) the project does not keep.

export class Skip extends Error {}

type Tok = { t: "str" | "num" | "name" | "op"; v: string };

const ESCAPES: Record<string, string> = { n: "\n", t: "\t", r: "\r", "\\": "\\", "'": "'", '"': '"', "0": "\0", a: "\x07", b: "\b", f: "\f", v: "\v" };

function unescape(body: string, raw: boolean): string {
  if (raw) return body;
  return body.replace(/\\(x[0-9a-fA-F]{2}|u[0-9a-fA-F]{4}|U[0-9a-fA-F]{8}|N\{[^}]+\}|.)/g, (_, e: string) => {
    if (e[0] === "x" || e[0] === "u" || e[0] === "U") return String.fromCodePoint(parseInt(e.slice(1), 16));
    if (e[0] === "N") throw new Skip("named escape");
    return ESCAPES[e] ?? `\\${e}`;
  });
}

function tokenize(src: string): Tok[] {
  const out: Tok[] = [];
  const re = /\s+|([uUbBrR]{0,2})('''[\s\S]*?'''|"""[\s\S]*?"""|'(?:\\.|[^'\\])*'|"(?:\\.|[^"\\])*")|(\d+\.\d*|\d+)|([A-Za-z_]\w*)|(==|!=|[-+[\](){},:.])/y;
  let m: RegExpExecArray | null;
  while (re.lastIndex < src.length) {
    const at = re.lastIndex;
    m = re.exec(src);
    if (!m || re.lastIndex === at) throw new Skip(`cannot read ${src.slice(at, at + 10)}`);
    if (m[2] !== undefined) {
      const q = m[2].startsWith("'''") || m[2].startsWith('"""') ? 3 : 1;
      out.push({ t: "str", v: unescape(m[2].slice(q, -q), /r/i.test(m[1])) });
    } else if (m[3] !== undefined) out.push({ t: "num", v: m[3] });
    else if (m[4] !== undefined) out.push({ t: "name", v: m[4] });
    else if (m[5] !== undefined) out.push({ t: "op", v: m[5] });
  }
  return out;
}

export type Node =
  | { k: "lit"; v: unknown }
  | { k: "path"; root: string; segs: (string | number)[] }
  | { k: "tuple"; items: Node[] }
  | { k: "dict"; entries: [Node, Node][] }
  | { k: "not"; a: Node }
  | { k: "and" | "or"; a: Node; b: Node }
  | { k: "cmp"; op: string; a: Node; b: Node }
  | { k: "call"; fn: string; args: Node[] }
  | { k: "add"; a: Node; b: Node };

export function parseExpect(src: string): Node {
  const toks = tokenize(src);
  let i = 0;
  const peek = (v?: string) => (i < toks.length && (v === undefined || toks[i].v === v) ? toks[i] : null);
  const take = (v: string) => {
    if (!peek(v)) throw new Skip(`expected ${v}`);
    i++;
  };
  const or = (): Node => {
    let a = and();
    while (peek("or")) (i++, (a = { k: "or", a, b: and() }));
    return a;
  };
  const and = (): Node => {
    let a = not();
    while (peek("and")) (i++, (a = { k: "and", a, b: not() }));
    return a;
  };
  const not = (): Node => (peek("not") ? (i++, { k: "not", a: not() }) : cmp());
  const cmp = (): Node => {
    const first = add();
    let left = first;
    let out: Node | null = null;
    for (;;) {
      let op: string | null = null;
      if (peek("==") || peek("!=")) op = toks[i++].v;
      else if (peek("is")) (i++, (op = peek("not") ? (i++, "is not") : "is"));
      else if (peek("in")) (i++, (op = "in"));
      else if (peek("not") && toks[i + 1]?.v === "in") (i += 2, (op = "not in"));
      if (!op) break;
      const right = add();
      const c: Node = { k: "cmp", op, a: left, b: right };
      out = out ? { k: "and", a: out, b: c } : c;
      left = right;
    }
    return out ?? first;
  };
  const add = (): Node => {
    let a = postfix();
    while (peek("+")) (i++, (a = { k: "add", a, b: postfix() }));
    return a;
  };
  const postfix = (): Node => {
    let n = atom();
    for (;;) {
      if (peek("[")) {
        i++;
        const key = or();
        take("]");
        if (n.k !== "path" || key.k !== "lit") throw new Skip("computed subscript");
        n = { ...n, segs: [...n.segs, key.v as string | number] };
      } else if (peek(".")) {
        i++;
        const name = toks[i++]?.v;
        if (peek("(")) throw new Skip(`method ${name}`);
        if (n.k !== "path") throw new Skip("attribute of a literal");
        n = { ...n, segs: [...n.segs, name] };
      } else return n;
    }
  };
  const atom = (): Node => {
    const t = toks[i++];
    if (!t) throw new Skip("unexpected end");
    if (t.t === "str") {
      let v = t.v;
      while (peek() && toks[i].t === "str") v += toks[i++].v; // implicit concatenation
      return { k: "lit", v };
    }
    if (t.t === "num") return { k: "lit", v: Number(t.v) };
    if (t.v === "-" && peek() && toks[i].t === "num") return { k: "lit", v: -Number(toks[i++].v) };
    if (t.v === "None") return { k: "lit", v: null };
    if (t.v === "True" || t.v === "False") return { k: "lit", v: t.v === "True" };
    if (t.v === "(" || t.v === "[") {
      const close = t.v === "(" ? ")" : "]";
      const items: Node[] = [];
      let comma = false;
      while (!peek(close)) {
        items.push(or());
        if (peek(",")) (i++, (comma = true));
      }
      i++;
      return items.length === 1 && !comma && close === ")" ? items[0] : { k: "tuple", items };
    }
    if (t.v === "{") {
      const entries: [Node, Node][] = [];
      while (!peek("}")) {
        const key = or();
        take(":");
        entries.push([key, or()]);
        if (peek(",")) i++;
      }
      i++;
      return { k: "dict", entries };
    }
    if (t.t === "name") {
      if (peek("(")) {
        i++;
        const args: Node[] = [];
        while (!peek(")")) (args.push(or()), peek(",") && i++);
        i++;
        return { k: "call", fn: t.v, args };
      }
      return { k: "path", root: t.v, segs: [] };
    }
    throw new Skip(`unexpected ${t.v}`);
  };
  const n = or();
  if (i !== toks.length) throw new Skip(`trailing ${toks[i].v}`);
  return n;
}

/** A resolved field: its value and how to compare a literal with it. */
export interface Field {
  value: unknown;
  equals?: (expected: unknown) => boolean;
}

export interface Env {
  /** The field at a path; throws Skip when the project does not keep it. */
  field(root: string, segs: (string | number)[]): Field;
}

/** Drops `bozo` terms (the project has no well-formedness flag) and says whether anything is left. */
export function withoutBozo(n: Node): Node | null {
  if (n.k === "path" && n.root === "bozo") return null;
  if (n.k === "not") {
    const a = withoutBozo(n.a);
    return a && { k: "not", a };
  }
  if (n.k === "and") {
    const a = withoutBozo(n.a);
    const b = withoutBozo(n.b);
    return a && b ? { k: "and", a, b } : a ?? b;
  }
  return n;
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, j) => deepEqual(x, b[j]));
  return a === b;
}

export function evaluate(n: Node, env: Env): unknown {
  switch (n.k) {
    case "lit":
      return n.v;
    case "path":
      return env.field(n.root, n.segs).value;
    case "tuple":
      return n.items.map((x) => evaluate(x, env));
    case "dict":
      throw new Skip("dict literal");
    case "add": {
      const a = evaluate(n.a, env);
      const b = evaluate(n.b, env);
      if (typeof a === "string" && typeof b === "string") return a + b;
      throw new Skip("non-string +");
    }
    case "not":
      return !truthy(evaluate(n.a, env));
    case "and":
      return truthy(evaluate(n.a, env)) && truthy(evaluate(n.b, env));
    case "or":
      return truthy(evaluate(n.a, env)) || truthy(evaluate(n.b, env));
    case "call":
      if (n.fn === "len" && n.args.length === 1) {
        const v = evaluate(n.args[0], env);
        if (typeof v === "string" || Array.isArray(v)) return v.length;
      }
      throw new Skip(`call ${n.fn}`);
    case "cmp": {
      if (n.op === "==" || n.op === "!=") {
        const eq = compare(n.a, n.b, env);
        return n.op === "==" ? eq : !eq;
      }
      if (n.op === "is" || n.op === "is not") {
        const eq = evaluate(n.a, env) === evaluate(n.b, env);
        return n.op === "is" ? eq : !eq;
      }
      throw new Skip(`operator ${n.op}`);
    }
  }
}

function compare(a: Node, b: Node, env: Env): boolean {
  const fieldOf = (x: Node) => (x.k === "path" ? env.field(x.root, x.segs) : null);
  const fa = fieldOf(a);
  const fb = fieldOf(b);
  if (fa?.equals && !fb) return fa.equals(evaluate(b, env));
  if (fb?.equals && !fa) return fb.equals(evaluate(a, env));
  return deepEqual(fa ? fa.value : evaluate(a, env), fb ? fb.value : evaluate(b, env));
}

function truthy(v: unknown): boolean {
  if (Array.isArray(v)) return v.length > 0;
  return !!v;
}
