import { type Branding, brandPalette } from "@portico/domain/branding";
import {
  Body,
  Button,
  Container,
  Head,
  Heading,
  Hr,
  Html,
  Img,
  Link,
  Preview,
  Section,
  Text,
} from "@react-email/components";
import type { ReactNode } from "react";

interface BrandedLayoutProps {
  branding: Branding;
  lang: string;
  preview: string;
  heading: string;
  children: ReactNode;
  /** The one call to action; a notice without one (nothing to click) leaves it out. */
  action?: { label: string; url: string };
  linkFallback?: string;
  notes: string[];
  footer: string;
}

/**
 * The frame of every email: the agency's logo or name on its primary colour,
 * at most one call to action, the link spelled out for clients whose mail app blocks
 * buttons, and small print. Inline styles only: email clients ignore <style>.
 */
export function BrandedLayout({
  branding,
  lang,
  preview,
  heading,
  children,
  action,
  linkFallback,
  notes,
  footer,
}: BrandedLayoutProps) {
  const { onPrimary, accentText } = brandPalette(branding);
  return (
    <Html lang={lang}>
      <Head />
      <Preview>{preview}</Preview>
      <Body
        style={{
          backgroundColor: "#f4f4f7",
          fontFamily: "Helvetica, Arial, sans-serif",
          margin: 0,
        }}
      >
        <Container style={{ maxWidth: "560px", margin: "0 auto", padding: "24px 12px" }}>
          <Section
            style={{
              backgroundColor: branding.primaryColor,
              color: onPrimary,
              borderRadius: "10px 10px 0 0",
              padding: "20px 28px",
            }}
          >
            {branding.logoUrl ? (
              <Img
                src={branding.logoUrl}
                alt={branding.displayName}
                height="40"
                style={{ maxHeight: "40px" }}
              />
            ) : (
              <Text style={{ margin: 0, fontSize: "20px", fontWeight: 700, color: onPrimary }}>
                {branding.displayName}
              </Text>
            )}
          </Section>
          <Section
            style={{ backgroundColor: "#ffffff", borderRadius: "0 0 10px 10px", padding: "28px" }}
          >
            <Heading as="h1" style={{ fontSize: "22px", margin: "0 0 16px", color: "#111827" }}>
              {heading}
            </Heading>
            {children}
            {action && (
              <>
                <Section style={{ margin: "28px 0" }}>
                  <Button
                    href={action.url}
                    style={{
                      backgroundColor: branding.primaryColor,
                      color: onPrimary,
                      padding: "12px 22px",
                      borderRadius: "6px",
                      fontWeight: 700,
                      textDecoration: "none",
                    }}
                  >
                    {action.label}
                  </Button>
                </Section>
                <Text style={{ fontSize: "13px", color: "#4b5563" }}>
                  {linkFallback}
                  <br />
                  <Link href={action.url} style={{ color: accentText, wordBreak: "break-all" }}>
                    {action.url}
                  </Link>
                </Text>
              </>
            )}
            <Hr style={{ borderColor: "#e5e7eb", margin: "24px 0" }} />
            {notes.map((note) => (
              <Text key={note} style={{ fontSize: "12px", color: "#6b7280", margin: "4px 0" }}>
                {note}
              </Text>
            ))}
          </Section>
          <Text style={{ fontSize: "12px", color: "#9ca3af", textAlign: "center" }}>{footer}</Text>
        </Container>
      </Body>
    </Html>
  );
}

export function Paragraph({ children }: { children: ReactNode }) {
  return <Text style={{ fontSize: "15px", lineHeight: "24px", color: "#1f2937" }}>{children}</Text>;
}
