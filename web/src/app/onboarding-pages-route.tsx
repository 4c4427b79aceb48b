import { useEffect } from "react";
import { AccessPagePreview } from "../features/invite-page/components/access-page-view";
import {
  fitChoicesToClient,
  ServiceChoices,
  serviceChoiceErrors,
  serviceListError,
} from "../features/invites/components/service-choices";
import { PageEditorPage } from "../features/onboarding-pages/components/page-editor";
import type { ServicePickerComponent } from "../features/onboarding-pages/components/page-form";

/**
 * Create Invite's service picker, as the access page form takes it. As in the
 * wizard, levels the page's client type rules out move to that type's default.
 */
const ServicePicker: ServicePickerComponent = ({
  value,
  onChange,
  clientType,
  accounts,
  errors,
}) => {
  // biome-ignore lint/correctness/useExhaustiveDependencies: refits when the type changes, not on every choice.
  useEffect(() => {
    const fitted = fitChoicesToClient(value, clientType);
    if (fitted.some((choice, index) => choice !== value[index])) onChange(fitted);
  }, [clientType]);
  return (
    <ServiceChoices
      value={value}
      onChange={onChange}
      clientType={clientType}
      accounts={accounts}
      errors={serviceChoiceErrors(value, errors)}
      listError={serviceListError(errors)}
    />
  );
};

/**
 * Create and edit an access page: the same service choices as Create Invite
 * and the invite page's own renderer in the preview.
 */
export function OnboardingPageEditorRoute() {
  return <PageEditorPage ServicePicker={ServicePicker} AccessPagePreview={AccessPagePreview} />;
}
