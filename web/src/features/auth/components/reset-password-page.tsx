import { passwordSchema } from "@portico/domain/account";
import { en } from "@portico/domain/i18n/en";
import { Link, useSearchParams } from "react-router";
import { ResetPasswordForm } from "../../../components/reset-password-form";
import { AuthLayout } from "./auth-layout";

/** /reset-password?oobCode=…: where the agency's reset email leads. */
export function ResetPasswordPage() {
  const [params] = useSearchParams();
  const texts = en.portal.reset;
  return (
    <AuthLayout title={texts.title} footer={<Link to="/sign-in">Back to sign in</Link>}>
      <ResetPasswordForm
        oobCode={params.get("oobCode") ?? ""}
        texts={texts}
        passwordSchema={passwordSchema}
        signInPath="/sign-in"
        forgotPath="/forgot-password"
      />
    </AuthLayout>
  );
}
