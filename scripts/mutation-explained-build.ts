/**
 * Explanations for the survivors in the data build's own modules (scripts/lib: the build, its
 * helpers, the geocoder's pure half), run as focused parts against small in-test fixtures.
 * Kept apart from scripts/mutation-explained.ts, which spreads them into EXPLAINED, so the two
 * lists can be edited on different branches. Same rules: narrow entries, line numbers that
 * follow the code.
 */
import type { Explanation } from './mutation-explained.ts'

const V8_SORT =
  "Equivalent in V8: the mutant only turns the comparator's 0 into 1 (or 1 into 0) for items in order or equal; V8's sort asks only whether the answer is negative, so the order, and the file order of equal items, is unchanged (pinned by the tests)."

export const BUILD_EXPLAINED: readonly Explanation[] = [
  // blocked-hosts.ts
  {
    file: 'scripts/lib/blocked-hosts.ts',
    lines: [29, 30],
    mutators: ['EqualityOperator'],
    why: 'Equivalent: `#` is never the first character here (such lines were skipped just above), so `hash < 0` and `hash <= 0` agree.',
  },
  {
    file: 'scripts/lib/blocked-hosts.ts',
    lines: [53, 53],
    mutators: ['Regex'],
    replacements: ['/^\\/web\\/[^/]+\\/(https?:\\/\\/.+)/'],
    why: 'Equivalent: `.+` already runs to the end of the path (a parsed URL path holds no line break), so the `$` anchor changes nothing.',
  },
  {
    file: 'scripts/lib/blocked-hosts.ts',
    lines: [66, 66],
    mutators: ['ConditionalExpression'],
    why: 'Performance only: with no host listed the loop finds nothing anyway; the early return skips reading every file.',
  },
  {
    file: 'scripts/lib/blocked-hosts.ts',
    lines: [70, 70],
    mutators: ['ArrayDeclaration'],
    why: 'Equivalent: for a value with no URL the mutant iterates its own text, "Stryker was here", which is not a URL, so nothing is blocked.',
  },
  // date-window.ts
  {
    file: 'scripts/lib/date-window.ts',
    lines: [51, 51],
    mutators: ['ConditionalExpression'],
    why: 'Equivalent: an absent date goes through effectiveDay as undefined and comes back undefined, which is neither before nor after any day, so no problem is reported either way.',
  },
  {
    file: 'scripts/lib/date-window.ts',
    lines: [87, 87],
    mutators: ['ConditionalExpression'],
    why: 'Equivalent: `undefined > year` is false, so the explicit check for an absent year only says what is meant.',
  },
  // readme-block.ts
  {
    file: 'scripts/lib/readme-block.ts',
    lines: [17, 17],
    mutators: ['EqualityOperator'],
    replacements: ['to <= from'],
    why: 'Equivalent: the two markers are different texts, so they never start at the same index (both absent is caught by `from < 0`).',
  },
  // cell-checks.ts
  {
    file: 'scripts/lib/cell-checks.ts',
    lines: [61, 61],
    mutators: ['StringLiteral'],
    why: "Defensive fallback: the formula test has just matched the value's first character, so `value[0]` is never undefined.",
  },
  // reported-measures.ts
  {
    file: 'scripts/lib/reported-measures.ts',
    lines: [28, 28],
    mutators: ['StringLiteral'],
    why: "Equivalent: a row with no measure column is an unknown measure whether its name reads as '' or as the mutant's text: the same message, and no total.",
  },
  {
    file: 'scripts/lib/reported-measures.ts',
    lines: [62, 62],
    why: 'Defensive fallback: this line runs only when all three measures were found, so `found.get(name)` always holds a value.',
  },
  // disagreeing-measures.ts
  {
    file: 'scripts/lib/disagreeing-measures.ts',
    lines: [25, 25],
    mutators: ['StringLiteral'],
    why: "Equivalent: with no measure column, '' and the mutant's text both fail to end in `_disagreeing`, so the row is skipped either way.",
  },
  {
    file: 'scripts/lib/disagreeing-measures.ts',
    lines: [28, 28],
    mutators: ['StringLiteral'],
    why: "Equivalent: with no value column, '' and the mutant's text both fail the digits test: the same \"must be a whole number\".",
  },
  // changes.ts
  {
    file: 'scripts/lib/changes.ts',
    lines: [15, 15],
    mutators: ['StringLiteral'],
    why: 'Defensive fallback: rows are read only when every column is in the header, and the CSV reader gives each row a value for every header column (a short row is a problem, not a row), so the value is never undefined.',
  },
  {
    file: 'scripts/lib/changes.ts',
    lines: [51, 51],
    mutators: ['StringLiteral'],
    why: 'Defensive fallback: every check of ChangeSchema is on a field, so an issue always has a path.',
  },
  {
    file: 'scripts/lib/changes.ts',
    lines: [80, 80],
    mutators: ['ConditionalExpression', 'EqualityOperator'],
    why: V8_SORT,
  },
  // atomic-write.ts
  {
    file: 'scripts/lib/atomic-write.ts',
    lines: [56, 77],
    mutators: ['BlockStatement'],
    why: 'Durability only: fsync, and closing the descriptor afterwards, decide what survives a power cut and how many descriptors stay open, which no test in one process can observe. What a crash of the process sees (the order of writes, marker and renames, and the recovery) is tested step by step.',
  },
  // build-lock.ts
  {
    file: 'scripts/lib/build-lock.ts',
    lines: [44, 45],
    why: "Equivalent where the tests can run it: for a dead pid the catch answers false, and the emptied block answers undefined, also false. The EPERM case (a live process of another user) needs another user's process; the tests run as root, for whom kill(pid, 0) never fails with EPERM.",
  },
  {
    file: 'scripts/lib/build-lock.ts',
    lines: [55, 55],
    mutators: ['BlockStatement'],
    why: 'Equivalent: the catch of readHolder returns undefined, as the emptied block does.',
  },
  {
    file: 'scripts/lib/build-lock.ts',
    lines: [63, 63],
    mutators: ['EqualityOperator'],
    why: 'Timing boundary: `>` and `>=` differ only for an unreadable lock exactly 5,000 ms old to the millisecond; 4 s and 6 s are tested.',
  },
  {
    file: 'scripts/lib/build-lock.ts',
    lines: [64, 65],
    why: 'Race glue: the lock vanished between the failed open and the stat (its build had just finished); the loop then takes it on its next turn.',
  },
  {
    file: 'scripts/lib/build-lock.ts',
    lines: [77, 87],
    why: 'Race glue: another build moved the stale lock first, or a third build replaced it in the instant between judging it stale and moving it; each needs two other processes timed to microseconds.',
  },
  {
    file: 'scripts/lib/build-lock.ts',
    lines: [124, 124],
    mutators: ['EqualityOperator'],
    why: 'Timing boundary: with a wait of 0, `>` and `>=` differ only when the check runs in the same millisecond as the deadline was set (then the mutant waits one poll before the same refusal); a test of it would rest on the clock.',
  },
  // report.ts
  {
    file: 'scripts/lib/report.ts',
    lines: [34, 34],
    mutators: ['StringLiteral'],
    why: "Equivalent: the fallback for absent notes, empty or the mutant's text, holds no disagreement word.",
  },
  {
    file: 'scripts/lib/report.ts',
    lines: [47, 47],
    mutators: ['StringLiteral'],
    why: "Equivalent: the fallback for an absent street, empty or the mutant's text, does not start with a house number.",
  },
  {
    file: 'scripts/lib/report.ts',
    lines: [55, 55],
    mutators: ['ArrayDeclaration'],
    why: 'Equivalent: the seed sentence "Stryker was here" holds no disagreement word, so the filter drops it.',
  },
  {
    file: 'scripts/lib/report.ts',
    lines: [64, 64],
    why: 'Equivalent: pushing an empty leftover adds a sentence that matches no rule, so the filter drops it.',
  },
  {
    file: 'scripts/lib/report.ts',
    lines: [76, 76],
    mutators: ['StringLiteral'],
    why: 'Defensive fallback: a row at precision zip always has a ZIP (the schema refuses it otherwise).',
  },
  {
    file: 'scripts/lib/report.ts',
    lines: [118, 118],
    mutators: ['StringLiteral'],
    why: 'Defensive fallback: only rows whose notes matched the rule are listed here, so their notes are never absent.',
  },
]
