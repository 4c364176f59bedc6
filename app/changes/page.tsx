import { AppLeaders } from "@/components/changes/app-leaders";
import { ChangesView } from "@/components/changes/changes-view";
import { sectionPage } from "@/components/site/page-metadata";
import { PageShell } from "@/components/site/page-shell";
import { IgnoredNotice } from "@/components/ui/ignored-notice";
import { getApps } from "@/lib/data";
import { parseTagParams } from "@/lib/url-state/tag-params";

export const dynamic = "force-dynamic";

const page = sectionPage(
  "What changed",
  "What moved in OpenRouter's task classifications since an earlier day, ordinary movement set apart.",
  async ({ query, day }) => {
    const { state, ignored } = parseTagParams(query);
    const apps = await getApps();
    return (
      <PageShell day={day} nav={{ section: "changes", page: true }} view={state}>
        <IgnoredNotice ignored={ignored} />
        <ChangesView day={day} view={state} />
        <AppLeaders apps={apps} />
      </PageShell>
    );
  },
);

export const generateMetadata = page.generateMetadata;
export default page.Page;
