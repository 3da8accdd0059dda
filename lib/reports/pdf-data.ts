// What the PDF report prints, read in batches: the dashboard's own pages (same filters, same figures,
// same permission rules) and, per page, one query for the quotes, final verdicts and evidence.
import type { Actor } from "@/lib/auth/actor";
import type { TLabel } from "@/lib/dashboard/aggregate";
import { getDashboard, type TDashboard, type TDashboardRow } from "@/lib/dashboard/get-dashboard";
import type { Db } from "@/lib/server/db";
import type { TReportFilters } from "./pdf-schemas";

/**
 * A printed report stops here: a PDF of 200,000 claims is ~100,000 pages nobody reads, and takes
 * minutes to build. The cover says when the list was cut; the figures still cover every claim.
 */
export const MAX_REPORT_CLAIMS = 2_000;
const PAGE_SIZE = 200;
const MAX_EVIDENCE_PER_CLAIM = 20;

export type TPdfPassage = {
  stance: "SUPPORTS" | "REFUTES";
  quote: string;
  note: string;
  sourceTitle: string;
  publisher: string | null;
  languages: string[];
  citedBy: number;
};

export type TPdfSource = { title: string; publisher: string | null; publishedAt: Date | null; publishedHasTime: boolean; languages: string[] };

export type TPdfClaim = TDashboardRow & {
  number: number;
  quote: string;
  orphaned: boolean;
  source: TPdfSource;
  final: { label: TLabel; rationale: string; correctionNote: string | null; previousLabel: TLabel | null; editor: string | null; at: Date } | null;
  passages: TPdfPassage[];
  passagesOmitted: number;
};

type TLimits = { max?: number; pageSize?: number };

/** The dashboard's input for these filters: its flags are URL strings, so booleans go back to text. */
function dashboardInput(investigationId: string, filters: TReportFilters, { cursor, pageSize = PAGE_SIZE }: { cursor?: string | undefined; pageSize?: number } = {}): Record<string, string | number> {
  const input: Record<string, string | number> = { investigationId, limit: pageSize };
  for (const [key, value] of Object.entries(filters)) if (value !== undefined) input[key] = typeof value === "boolean" ? String(value) : value;
  if (cursor) input.cursor = cursor;
  return input;
}

export function firstPage(db: Db, actor: Actor, investigationId: string, filters: TReportFilters, limits: TLimits = {}): Promise<TDashboard> {
  return getDashboard({ db, actor, input: dashboardInput(investigationId, filters, limits) });
}

/** The claims to print, a dashboard page at a time, numbered in order, at most `max` (tests lower the limits). */
export async function* reportClaims(db: Db, actor: Actor, investigationId: string, filters: TReportFilters, first: TDashboard, { max = MAX_REPORT_CLAIMS, pageSize }: TLimits = {}): AsyncGenerator<TPdfClaim[]> {
  let page = first;
  let printed = 0;
  for (;;) {
    const rows = page.rows.slice(0, max - printed);
    if (rows.length > 0) yield await withDetails(db, rows, printed);
    printed += rows.length;
    if (!page.nextCursor || printed >= max) return;
    page = await getDashboard({ db, actor, input: dashboardInput(investigationId, filters, { cursor: page.nextCursor, ...(pageSize ? { pageSize } : {}) }) });
  }
}

async function withDetails(db: Db, rows: TDashboardRow[], offset: number): Promise<TPdfClaim[]> {
  const details = await db.claim.findMany({
    where: { id: { in: rows.map((r) => r.claimId) } },
    select: {
      id: true,
      quoteExact: true,
      orphaned: true,
      source: { select: { title: true, publisher: true, publishedAt: true, publishedHasTime: true, languages: true } },
      // The current final verdict is the latest adjudication, as in getFinalVerdict.
      adjudications: {
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { label: true, rationale: true, correctionNote: true, createdAt: true, editor: { select: { name: true } }, supersedes: { select: { label: true } } },
      },
      verdicts: {
        select: {
          evidence: {
            orderBy: [{ positionStart: "asc" }, { id: "asc" }],
            select: { sourceId: true, stance: true, quoteExact: true, positionStart: true, note: true, source: { select: { title: true, publisher: true, languages: true } } },
          },
        },
      },
    },
  });
  const byId = new Map(details.map((d) => [d.id, d]));
  return rows.flatMap((row, index) => {
    const detail = byId.get(row.claimId);
    // Deleted between the dashboard page and this query: leave it out rather than print a stub.
    if (!detail) return [];
    const final = detail.adjudications[0];
    const evidence = mergeEvidence(detail.verdicts.flatMap((v) => v.evidence));
    return [{
      ...row,
      number: offset + index + 1,
      quote: detail.quoteExact,
      orphaned: detail.orphaned,
      source: detail.source,
      final: final
        ? { label: final.label, rationale: final.rationale, correctionNote: final.correctionNote, previousLabel: final.supersedes?.label ?? null, editor: final.editor?.name ?? null, at: final.createdAt }
        : null,
      passages: evidence.slice(0, MAX_EVIDENCE_PER_CLAIM),
      passagesOmitted: Math.max(0, evidence.length - MAX_EVIDENCE_PER_CLAIM),
    }];
  });
}

type TEvidenceRow = { sourceId: string; stance: "SUPPORTS" | "REFUTES"; quoteExact: string; positionStart: number | null; note: string; source: { title: string; publisher: string | null; languages: string[] } };

/** One entry per passage and stance however many reviewers cited it; supporting passages first. */
function mergeEvidence(rows: TEvidenceRow[]): TPdfPassage[] {
  const merged = new Map<string, TPdfPassage>();
  for (const row of rows) {
    const key = [row.sourceId, row.stance, row.positionStart ?? "", row.quoteExact].join("\u0000");
    const seen = merged.get(key);
    if (seen) {
      seen.citedBy += 1;
      if (!seen.note && row.note) seen.note = row.note;
      continue;
    }
    merged.set(key, { stance: row.stance, quote: row.quoteExact, note: row.note, sourceTitle: row.source.title, publisher: row.source.publisher, languages: row.source.languages, citedBy: 1 });
  }
  return [...merged.values()].sort((a, b) => (a.stance === b.stance ? a.sourceTitle.localeCompare(b.sourceTitle) : a.stance === "SUPPORTS" ? -1 : 1));
}
