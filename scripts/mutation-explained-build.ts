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
  // build-dataset.ts
  {
    file: 'scripts/lib/build-dataset.ts',
    lines: [84, 84],
    mutators: ['StringLiteral'],
    why: 'Defensive fallback: every row holds a value for each header column (a short row is a reader problem, not a row, and a file missing a column has its rows dropped), so `value` is never undefined.',
  },
  {
    file: 'scripts/lib/build-dataset.ts',
    lines: [147, 280],
    mutators: ['StringLiteral'],
    replacements: ['"Stryker was here!"'],
    why: "Defensive fallback: the `?? ''` of a column read; every row holds a value for each header column (see above), so the fallback never runs.",
  },
  {
    file: 'scripts/lib/build-dataset.ts',
    lines: [348, 348],
    mutators: ['StringLiteral'],
    why: 'Defensive fallback: a clinic row always has an id value (the header has the column, or no row is read).',
  },
  {
    file: 'scripts/lib/build-dataset.ts',
    lines: [132, 132],
    mutators: ['StringLiteral'],
    why: 'Defensive fallback: every check of the clinic and event schemas is on a field, so an issue always has a path.',
  },
  {
    file: 'scripts/lib/build-dataset.ts',
    lines: [232, 232],
    why: 'Equivalent: each of these (a problem noted, the schema refusing the row, no position) has already put a problem in the list, so the build fails and publishes no feature whether or not this row returns one; the test also keeps `feature()` from a row without lat and lon.',
  },
  {
    file: 'scripts/lib/build-dataset.ts',
    lines: [275, 275],
    mutators: ['Regex'],
    why: 'Equivalent: the pattern only decides whether `effectiveDay` runs, and `effectiveDay` returns anything but a YYYY-MM month unchanged; every variant still matches YYYY-MM, and whatever else it lets through comes back as the date itself, which the schema judges as before.',
  },
  {
    file: 'scripts/lib/build-dataset.ts',
    lines: [285, 291],
    why: "Equivalent: the reporter says one thing per cell, and an issue on `day` is either dropped or renamed to `date`; `date`'s own issue comes first (the schema checks fields in order), so keeping, dropping or renaming the day issue prints the same single line. A day issue without a date issue cannot arise (a valid date gives a valid day), so the rename is not reached.",
  },
  {
    file: 'scripts/lib/build-dataset.ts',
    lines: [297, 297],
    mutators: ['ConditionalExpression'],
    why: 'Equivalent: an event outside the date window has just been reported, so the build fails and publishes no event either way.',
  },
  {
    file: 'scripts/lib/build-dataset.ts',
    lines: [359, 359],
    why: 'Equivalent: a second row with the same id has just been reported, so the build fails and publishes nothing, whether or not the duplicate feature was kept.',
  },
  {
    file: 'scripts/lib/build-dataset.ts',
    lines: [361, 361],
    why: 'Equivalent: a file with no header is empty or unreadable, which the CSV reader has already reported, so `problems.length === 0` is false either way and "no clinics" is not added.',
  },
  {
    file: 'scripts/lib/build-dataset.ts',
    lines: [404, 404],
    mutators: ['EqualityOperator'],
    replacements: ['a.id <= b.id'],
    why: 'Equivalent: two features never share an id (a repeated id fails the build), so `<` and `<=` order them alike.',
  },
  {
    file: 'scripts/lib/build-dataset.ts',
    lines: [404, 405],
    why: V8_SORT,
  },
  {
    file: 'scripts/lib/build-dataset.ts',
    lines: [414, 414],
    mutators: ['EqualityOperator'],
    why: 'Equivalent: for two equal days `>` and `>=` pick the same day.',
  },
  {
    file: 'scripts/lib/build-dataset.ts',
    lines: [439, 442],
    why: 'Defensive: the output is checked against DatasetSchema after every part of it was checked on the way in (rows, events, totals, the summary counted from them), so the check does not fail today; it is there so a future change that breaks the published shape fails the build instead of the page.',
  },
  // geocode.ts (the pure half of npm run data:geocode)
  {
    file: 'scripts/lib/geocode.ts',
    lines: [75, 75],
    mutators: ['MethodExpression'],
    why: 'Equivalent for any file an editor has: a byte-order mark left in the first header cell is removed by trim() (U+FEFF counts as white space), and header cells are never edited. The mutant differs only for a file that ends in U+FEFF without starting with it, which no spreadsheet or editor writes.',
  },
  {
    file: 'scripts/lib/geocode.ts',
    lines: [108, 108],
    why: 'Equivalent: the extra record these push at the end of a file that ends in a line break is a single empty cell, which the filter on the next line drops.',
  },
  {
    file: 'scripts/lib/geocode.ts',
    lines: [112, 112],
    mutators: ['OptionalChaining'],
    why: 'Equivalent: the record has exactly one cell here (checked just before), so `cells[0]` is never undefined.',
  },
  {
    file: 'scripts/lib/geocode.ts',
    lines: [120, 128],
    mutators: ['OptionalChaining', 'ArrayDeclaration', 'StringLiteral'],
    why: 'Defensive fallbacks: the message runs only when there is a problem; an empty file is a reader problem (thrown above), so there is always a header record; the id column was checked and the CSV reader refuses a row short of cells, so every row has an id cell.',
  },
  {
    file: 'scripts/lib/geocode.ts',
    lines: [132, 137],
    why: "Defensive, as the code says: the cell scanner follows the same rules as the build's CSV reader; these checks stop an edit landing in the wrong cell if the two ever drift apart. No input makes them disagree today (the tests feed both quoting, CRLF, CR, blank lines and a byte-order mark).",
  },
  {
    file: 'scripts/lib/geocode.ts',
    lines: [196, 196],
    mutators: ['StringLiteral'],
    why: 'Equivalent or defensive: every record has at least one cell, so the id default is not used; a Match line without a matched address also has no coordinates, which are refused first (pinned: coordinates "" are not "lon,lat").',
  },
  {
    file: 'scripts/lib/geocode.ts',
    lines: [209, 209],
    why: 'Equivalent: `split` always gives a first element, and a missing second one is undefined, which `Number.isFinite` refuses as well; the undefined checks are there for the type checker.',
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
