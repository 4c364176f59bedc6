import { ApiView } from "@/components/api/api-view";
import { sectionPage } from "@/components/site/page-metadata";
import { PageShell } from "@/components/site/page-shell";
import { getRevalidateSeconds } from "@/lib/data";
import { getSiteUrl } from "@/lib/http/site-url";
import { pinnedDayIn } from "@/lib/url-state/as-of";
import { DEFAULT_VIEW } from "@/lib/url-state/view-params";

export const dynamic = "force-dynamic";

const page = sectionPage(
  "Data API",
  "Task Share's JSON and CSV API: every route, its parameters and fields, full-history downloads, the citation and caching.",
  async ({ query, day }) => (
    <PageShell day={day} view={{ ...DEFAULT_VIEW, asOf: pinnedDayIn(query) }}>
      <ApiView
        origin={(await getSiteUrl()).origin}
        refreshSeconds={getRevalidateSeconds()}
        snapshot={day.classifications.snapshot}
        usage={day.classifications.usage}
      />
    </PageShell>
  ),
);

export const generateMetadata = page.generateMetadata;
export default page.Page;
