import { ChangesView } from "@/components/changes/changes-view";
import { sectionMetadata, type QueryPageProps } from "@/components/site/page-metadata";
import { PageShell } from "@/components/site/page-shell";
import { IgnoredNotice } from "@/components/ui/ignored-notice";
import { getPageQuery } from "@/lib/data";
import { parseTagParams } from "@/lib/url-state/tag-params";

export const dynamic = "force-dynamic";

export const generateMetadata = sectionMetadata(
  "What changed",
  "What moved in OpenRouter's task classifications since an earlier day, ordinary movement set apart.",
);

export default async function ChangesPage({ searchParams }: QueryPageProps) {
  const { query, day } = await getPageQuery(searchParams);
  const { state, ignored } = parseTagParams(query);
  return (
    <PageShell day={day} nav={{ section: "changes", page: true }} view={state}>
      <IgnoredNotice ignored={ignored} />
      <ChangesView day={day} view={state} />
    </PageShell>
  );
}
