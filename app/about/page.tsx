import { AboutView } from "@/components/about/about-view";
import { sectionPage } from "@/components/site/page-metadata";
import { PageShell } from "@/components/site/page-shell";
import { IgnoredNotice } from "@/components/ui/ignored-notice";
import { parseAboutParams } from "@/lib/url-state/about-params";
import { DEFAULT_VIEW } from "@/lib/url-state/view-params";

export const dynamic = "force-dynamic";

const page = sectionPage(
  "About the data",
  "What OpenRouter's task classification data is, what it leaves out, the seven-day window, the citation, and which figures are Task Share's estimates.",
  ({ query, day }) => {
    const { state, ignored } = parseAboutParams(query);
    return (
      <PageShell day={day} view={{ ...DEFAULT_VIEW, asOf: state.asOf, theme: state.theme }}>
        <IgnoredNotice ignored={ignored} />
        <AboutView day={day} />
      </PageShell>
    );
  },
);

export const generateMetadata = page.generateMetadata;
export default page.Page;
