/**
 * Disclosure control for every table of insight, chart and export: what may be published of a table of counts so that
 * no small group of cases can be recognised and no suppressed count can be worked out from what is shown.
 *
 * - A count of 1–4 is suppressed ("< 5"): primary suppression. A zero is shown.
 * - Row totals, column totals and the grand total are published with the table; a total of 1–4 is suppressed too.
 * - Complementary suppression: with the totals, each row and column of the table is a sum that is published. A
 *   suppressed entry can be worked out exactly when it is the only unknown of some combination of those sums. Seen as
 *   a graph (a node per row and per column, the totals' row and column included; an edge per suppressed entry), that
 *   is exactly when its edge is a bridge: on no cycle. Every suppressed entry is at least 1, so moving one case round
 *   a cycle (+1, −1, +1, … ) gives another table that fits everything shown. So the rule is: no suppressed entry on no
 *   cycle. While one is, the cheapest path of further entries (the smallest counts; shown suppressed entries cost
 *   nothing) that closes a cycle through it is suppressed as well. A row or column never has exactly one suppressed
 *   entry, and it never takes more than needed along the way.
 * - A population below 10 cases answers nothing but that fact (`populationAllowed`).
 * - Differencing: a query whose population differs from a broader one (the same query with one filter dropped) by 1–4
 *   cases would tell those few cases apart, and is refused (`differencingRefused`).
 */

/** Counts of 1 to this minus one are suppressed. */
export const disclosureCellThreshold = 5;
/** A query about fewer cases than this answers nothing but that fact. */
export const disclosurePopulationThreshold = 10;

/** Why an entry is not shown: a count of 1–4, or to keep another suppressed count from being worked out. */
export type SuppressionReason = 'small' | 'complementary';

export interface DisclosedCount {
  /** Null when suppressed. */
  count: number | null;
  suppression: SuppressionReason | null;
}

export interface DisclosedTable {
  /** cells[row][column]. */
  cells: DisclosedCount[][];
  rowTotals: DisclosedCount[];
  columnTotals: DisclosedCount[];
  total: DisclosedCount;
}

/**
 * Suppresses what must not be shown of a table of counts (rows × columns of non-negative integers); the totals are the
 * sums of the rows and columns of `counts`.
 */
export function discloseTable(
  counts: readonly (readonly number[])[],
  threshold = disclosureCellThreshold,
): DisclosedTable {
  const rows = counts.length;
  const columns = rows === 0 ? 0 : counts[0]!.length;
  for (const row of counts) {
    if (row.length !== columns) throw new Error('Every row of a table has as many cells.');
    for (const value of row) {
      if (!Number.isInteger(value) || value < 0) throw new Error('A count is a non-negative integer.');
    }
  }
  // The augmented table: row `rows` holds the column totals, column `columns` the row totals.
  const value: number[][] = Array.from({ length: rows + 1 }, (_, row) =>
    Array.from({ length: columns + 1 }, (_, column) => {
      if (row < rows && column < columns) return counts[row]![column]!;
      if (row < rows) return sum(counts[row]!);
      if (column < columns) return sum(counts.map((cells) => cells[column]!));
      return sum(counts.map(sum));
    }),
  );
  const suppressed: (SuppressionReason | null)[][] = value.map((line) =>
    line.map((count) => (count > 0 && count < threshold ? 'small' : null)),
  );
  let bridge = findBridge(suppressed);
  while (bridge) {
    const path = cheapestCycleClosing(bridge, value, suppressed);
    for (const [row, column] of path) suppressed[row]![column] ??= 'complementary';
    bridge = findBridge(suppressed);
  }
  const disclosed = (row: number, column: number): DisclosedCount => {
    const suppression = suppressed[row]![column]!;
    return { count: suppression ? null : value[row]![column]!, suppression };
  };
  return {
    cells: Array.from({ length: rows }, (_, row) =>
      Array.from({ length: columns }, (_, column) => disclosed(row, column)),
    ),
    rowTotals: Array.from({ length: rows }, (_, row) => disclosed(row, columns)),
    columnTotals: Array.from({ length: columns }, (_, column) => disclosed(rows, column)),
    total: disclosed(rows, columns),
  };
}

/** A query about fewer than 10 cases answers nothing but that fact. */
export function populationAllowed(population: number, threshold = disclosurePopulationThreshold): boolean {
  return population >= threshold;
}

/**
 * Differencing: refused when the population differs from that of a broader query (the same query with one filter
 * dropped) by 1–4 cases, for the difference would describe those few cases.
 */
export function differencingRefused(
  population: number,
  broaderPopulations: readonly number[],
  threshold = disclosureCellThreshold,
): boolean {
  return broaderPopulations.some((broader) => {
    const difference = Math.abs(broader - population);
    return difference > 0 && difference < threshold;
  });
}

function sum(values: readonly number[]): number {
  return values.reduce((total, item) => total + item, 0);
}

type Entry = [row: number, column: number];

/** Node ids: rows 0..R-1, columns R..R+C-1. */
function edgesOf(suppressed: readonly (readonly (SuppressionReason | null)[])[]): Entry[] {
  const edges: Entry[] = [];
  suppressed.forEach((line, row) =>
    line.forEach((reason, column) => {
      if (reason) edges.push([row, column]);
    }),
  );
  return edges;
}

/** A suppressed entry on no cycle of suppressed entries (a bridge of the row–column graph), or undefined. */
function findBridge(suppressed: readonly (readonly (SuppressionReason | null)[])[]): Entry | undefined {
  const rows = suppressed.length;
  const nodes = rows + (suppressed[0]?.length ?? 0);
  const edges = edgesOf(suppressed);
  const adjacent: { node: number; edge: number }[][] = Array.from({ length: nodes }, () => []);
  edges.forEach(([row, column], edge) => {
    adjacent[row]!.push({ node: rows + column, edge });
    adjacent[rows + column]!.push({ node: row, edge });
  });
  const order = new Array<number>(nodes).fill(-1);
  const low = new Array<number>(nodes).fill(0);
  let counter = 0;
  let found: Entry | undefined;
  // Iterative Tarjan: tables are small, but recursion depth is not worth the risk.
  for (let start = 0; start < nodes && !found; start++) {
    if (order[start] !== -1) continue;
    const stack: { node: number; viaEdge: number; next: number }[] = [{ node: start, viaEdge: -1, next: 0 }];
    order[start] = low[start] = counter++;
    while (stack.length > 0 && !found) {
      const frame = stack[stack.length - 1]!;
      const neighbours = adjacent[frame.node]!;
      if (frame.next < neighbours.length) {
        const { node, edge } = neighbours[frame.next++]!;
        if (edge === frame.viaEdge) continue;
        if (order[node] === -1) {
          order[node] = low[node] = counter++;
          stack.push({ node, viaEdge: edge, next: 0 });
        } else {
          low[frame.node] = Math.min(low[frame.node]!, order[node]!);
        }
      } else {
        stack.pop();
        const parent = stack[stack.length - 1];
        if (parent) {
          low[parent.node] = Math.min(low[parent.node]!, low[frame.node]!);
          if (low[frame.node]! > order[parent.node]!) found = edges[frame.viaEdge];
        }
      }
    }
  }
  return found;
}

/**
 * The entries to suppress so that `bridge` lies on a cycle: the cheapest path from its row to its column without it,
 * where a suppressed entry costs nothing, a shown non-zero count costs its value (a total a little more, so that a
 * cell is taken before a total of the same size) and a zero cannot be used (suppressing it would hide nothing and
 * could not move down).
 */
function cheapestCycleClosing(
  [bridgeRow, bridgeColumn]: Entry,
  value: readonly (readonly number[])[],
  suppressed: readonly (readonly (SuppressionReason | null)[])[],
): Entry[] {
  const rows = value.length;
  const columns = value[0]!.length;
  const nodes = rows + columns;
  const distance = new Array<number>(nodes).fill(Number.POSITIVE_INFINITY);
  const previous = new Array<Entry | undefined>(nodes).fill(undefined);
  const done = new Array<boolean>(nodes).fill(false);
  const costOf = (row: number, column: number): number | undefined => {
    if (row === bridgeRow && column === bridgeColumn) return undefined;
    if (suppressed[row]![column]) return 0;
    const count = value[row]![column]!;
    if (count === 0) return undefined;
    const isTotal = row === rows - 1 || column === columns - 1;
    return count + (isTotal ? 0.5 : 0);
  };
  distance[bridgeRow] = 0;
  for (;;) {
    let node = -1;
    for (let candidate = 0; candidate < nodes; candidate++) {
      if (!done[candidate] && (node === -1 || distance[candidate]! < distance[node]!)) node = candidate;
    }
    if (node === -1 || distance[node] === Number.POSITIVE_INFINITY) break;
    done[node] = true;
    if (node === rows + bridgeColumn) break;
    const neighbours: Entry[] =
      node < rows
        ? Array.from({ length: columns }, (_, column) => [node, column])
        : Array.from({ length: rows }, (_, row) => [row, node - rows]);
    for (const [row, column] of neighbours) {
      const cost = costOf(row, column);
      if (cost === undefined) continue;
      const other = node < rows ? rows + column : row;
      if (distance[node]! + cost < distance[other]!) {
        distance[other] = distance[node]! + cost;
        previous[other] = [row, column];
      }
    }
  }
  const path: Entry[] = [];
  let node = rows + bridgeColumn;
  while (node !== bridgeRow) {
    const entry = previous[node];
    // Unreachable: a suppressed entry is at least 1, so its row and column totals and the grand total are too.
    if (!entry) throw new Error('No complementary suppression closes a cycle.');
    path.push(entry);
    node = node < rows ? rows + entry[1] : entry[0];
  }
  return path;
}
