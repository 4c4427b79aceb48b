import type { OnboardingPageInput } from "@portico/domain/onboarding-pages/page";
import { canEditAgencyData } from "@portico/domain/roles";
import { Link, useNavigate, useParams } from "react-router";
import { EmptyState } from "../../../components/empty-state";
import { LoadingScreen } from "../../../components/spinner";
import { useAgency } from "../../../data/agency-repository";
import {
  createOnboardingPage,
  updateOnboardingPage,
  useOnboardingPage,
} from "../../../data/onboarding-pages-repository";
import {
  useBranding,
  useConnectedAccounts,
  useIntakeForm,
} from "../../../data/settings-repository";
import { useAgencySession } from "../../../lib/session";
import {
  type AccessPagePreviewComponent,
  EMPTY_PAGE,
  PageForm,
  type ServicePickerComponent,
} from "./page-form";

interface EditorProps {
  ServicePicker: ServicePickerComponent;
  AccessPagePreview: AccessPagePreviewComponent;
}

/** Create access page (`/access-pages/new`) and Edit (`/access-pages/:pageId/edit`). */
export function PageEditorPage(props: EditorProps) {
  const { agency } = useAgencySession();
  const { pageId } = useParams();
  if (!canEditAgencyData(agency.role)) {
    return (
      <>
        <div className="page-header">
          <h1>Access pages</h1>
        </div>
        <EmptyState title="Viewers can't change access pages">
          Your role in this workspace is Viewer. Ask an owner or admin to change your role.
          <p>
            <Link to="/access-pages">Back to Access pages</Link>
          </p>
        </EmptyState>
      </>
    );
  }
  return pageId ? (
    <EditPage agencyId={agency.agencyId} pageId={pageId} {...props} />
  ) : (
    <Editor agencyId={agency.agencyId} initial={EMPTY_PAGE} pageId={null} {...props} />
  );
}

function EditPage({
  agencyId,
  pageId,
  ...props
}: EditorProps & { agencyId: string; pageId: string }) {
  const page = useOnboardingPage(agencyId, pageId);
  if (page.status === "loading") return <LoadingScreen label="Loading the access page" />;
  if (page.status === "error" || !page.data) {
    return (
      <EmptyState title="This access page doesn't exist">
        It may have been deleted. <Link to="/access-pages">Back to Access pages</Link>
      </EmptyState>
    );
  }
  const { id: _id, createdAt: _c, createdBy: _b, updatedAt: _u, ...fields } = page.data;
  return <Editor agencyId={agencyId} initial={fields} pageId={pageId} {...props} />;
}

function Editor({
  agencyId,
  initial,
  pageId,
  ServicePicker,
  AccessPagePreview,
}: EditorProps & { agencyId: string; initial: OnboardingPageInput; pageId: string | null }) {
  const navigate = useNavigate();
  const agencyDoc = useAgency(agencyId);
  const accounts = useConnectedAccounts(agencyId);
  const intake = useIntakeForm(agencyId);
  const { branding } = useBranding(agencyId, agencyDoc.data?.name ?? "");
  if (accounts.status === "loading" || intake.form === null || branding === null) {
    return <LoadingScreen label="Loading the access page form" />;
  }
  return (
    <>
      <div className="page-header">
        <div>
          <h1>{pageId ? `Edit ${initial.name}` : "Create access page"}</h1>
          <p className="muted">
            One reusable page that creates the client and an invite from this template whenever
            someone uses it.
          </p>
        </div>
      </div>
      <PageForm
        agencyId={agencyId}
        initial={initial}
        isNew={pageId === null}
        accounts={accounts.data ?? []}
        intake={intake.form}
        branding={branding}
        ServicePicker={ServicePicker}
        AccessPagePreview={AccessPagePreview}
        onCancel={() => navigate(pageId ? `/access-pages/${pageId}` : "/access-pages")}
        onSave={async (fields) => {
          const saved = pageId
            ? await updateOnboardingPage(pageId, fields)
            : await createOnboardingPage(fields);
          navigate(`/access-pages/${saved.pageId}`);
        }}
      />
    </>
  );
}
