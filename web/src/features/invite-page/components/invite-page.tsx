import { useInvitePage } from "../hooks/use-invite-page";
import { AccessPageView, AgencyHeader } from "./access-page-view";
import { AccountPickerDialog } from "./account-picker-dialog";
import { IntakeAnswers } from "./intake-answers";
import { LanguageSelect } from "./language-select";
import { SkipDialog } from "./skip-dialog";
import {
  CompleteView,
  FinishView,
  LoadingScreen,
  NeutralNotice,
  UnavailableScreen,
} from "./status-screens";

/**
 * The client's access page (`/i/<token>`, and the platform's callback): the
 * view of useInvitePage, which holds what the page shows and does.
 */
export function InvitePage() {
  const invite = useInvitePage();
  const { screen, busy, dialog, dialogError, intake } = invite;

  if (screen.kind === "loading") return <LoadingScreen />;
  if (screen.kind === "notice") return <NeutralNotice kind={screen.notice} />;
  if (screen.kind === "unavailable") {
    return <UnavailableScreen title={screen.title} body={screen.body} agency={screen.agency} />;
  }

  const { page } = screen;
  const switcher =
    screen.kind === "finish" ? null : (
      <LanguageSelect page={page} onChange={invite.changeLanguage} />
    );
  const dialogService =
    dialog?.kind === "skip"
      ? page.services.find((service) => service.serviceId === dialog.serviceId)
      : undefined;

  return (
    <div className="access-page access-page-full">
      <a href="#main" className="skip-link">
        {page.texts.skipLink}
      </a>
      <AgencyHeader agency={page.agency}>{switcher}</AgencyHeader>
      <main id="main" className="access-page-body">
        {screen.kind === "finish" && <FinishView page={page} />}
        {screen.kind === "complete" && <CompleteView page={page} />}
        {screen.kind === "page" && (
          <AccessPageView
            page={page}
            headingLevel={1}
            actions={{ kind: "live", busyServiceId: busy, ...invite.serviceActions }}
            intake={
              page.intake && (
                <IntakeAnswers
                  intake={page.intake}
                  page={page}
                  {...intake.form}
                  onSubmit={invite.submitAnswers}
                />
              )
            }
          />
        )}
        <div className="access-page-alert" role="alert">
          {invite.alert && <p className="form-error">{invite.alert}</p>}
        </div>
        {dialogService && (
          <SkipDialog
            service={dialogService}
            page={page}
            busy={busy !== null}
            error={dialogError}
            onClose={() => invite.closeDialog(dialogService.serviceId)}
            onSkip={(reason) => invite.skip(dialogService.serviceId, reason)}
          />
        )}
        {dialog?.kind === "picker" && (
          <AccountPickerDialog
            connection={dialog.connection}
            page={page}
            busy={busy !== null}
            error={dialogError}
            onClose={() => invite.closeDialog(dialog.connection.serviceId)}
            onGrant={(accountId) => invite.grant(dialog.connection, accountId)}
          />
        )}
      </main>
    </div>
  );
}
