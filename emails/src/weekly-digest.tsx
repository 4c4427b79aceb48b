import type { Branding } from "@portico/domain/branding";
import type { DigestFigures } from "@portico/domain/digest";
import { formatCount, formatLocalDate } from "@portico/domain/format";
import type { Locale } from "@portico/domain/i18n/locales";
import { translator } from "@portico/domain/i18n/translator";
import type { MailMessage } from "@portico/domain/mail";
import { Column, Row, Section, Text } from "@react-email/components";
import { BrandedLayout, Paragraph } from "./branded-layout";
import { brandFooter, renderMessage } from "./render";

export interface WeeklyDigestProps {
  branding: Branding;
  /** The client's language. */
  locale: Locale;
  /** The client's company (or its name). */
  company: string;
  /** The week: its Monday and its Sunday (local dates). */
  start: string;
  end: string;
  figures: DigestFigures;
  /** The top unanswered questions, when a source for them exists (may be empty). */
  questions: readonly string[];
  portalUrl: string;
  /** The one-click unsubscribe link (no sign-in). */
  unsubscribeUrl: string;
}

const statLabel = { color: "#5b5e73", fontSize: "13px", margin: 0 } as const;
const statValue = { fontSize: "22px", fontWeight: 700, margin: "2px 0 0" } as const;

/**
 * Once a week, to each portal user who has not opted out: last week's calls,
 * answered calls, bookings and booking rate, the questions the agent could not
 * answer, a link to the portal and a one-click unsubscribe.
 */
export function weeklyDigestEmail(props: WeeklyDigestProps): Promise<MailMessage> {
  const t = translator(props.locale);
  const { figures } = props;
  const values = {
    company: props.company,
    calls: formatCount(figures.calls, props.locale),
    bookings: formatCount(figures.bookings, props.locale),
    start: formatLocalDate(props.start, props.locale, "long"),
    end: formatLocalDate(props.end, props.locale, "long"),
    url: props.unsubscribeUrl,
  };
  const rate =
    figures.bookingRate === null
      ? "—"
      : new Intl.NumberFormat(props.locale, { style: "percent" }).format(figures.bookingRate);
  const stats: [string, string][] = [
    [t("digest.email.calls"), values.calls],
    [t("digest.email.answered"), formatCount(figures.answered, props.locale)],
    [t("digest.email.bookings"), values.bookings],
    [t("digest.email.bookingRate"), rate],
  ];
  return renderMessage(
    t("digest.email.subject", values),
    <BrandedLayout
      branding={props.branding}
      lang={props.locale}
      preview={t("digest.email.preview", values)}
      heading={t("digest.email.heading", values)}
      action={{ label: t("digest.email.button"), url: props.portalUrl }}
      notes={[t("digest.email.unsubscribe", values)]}
      footer={brandFooter(t, props.branding)}
    >
      <Paragraph>{t("digest.email.intro", values)}</Paragraph>
      {figures.calls === 0 ? (
        <Paragraph>{t("digest.email.noCalls")}</Paragraph>
      ) : (
        <Section>
          <Row>
            {stats.map(([label, value]) => (
              <Column key={label}>
                <Text style={statLabel}>{label}</Text>
                <Text style={statValue}>{value}</Text>
              </Column>
            ))}
          </Row>
        </Section>
      )}
      {props.questions.length > 0 && (
        <>
          <Paragraph>
            <strong>{t("digest.email.questionsHeading")}</strong>
          </Paragraph>
          {props.questions.map((question) => (
            <Paragraph key={question}>• {question}</Paragraph>
          ))}
          <Paragraph>{t("digest.email.questionsHint")}</Paragraph>
        </>
      )}
    </BrandedLayout>,
    props.branding,
  );
}
