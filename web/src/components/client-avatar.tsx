import { monogram } from "@portico/domain/clients";

/** The website's favicon when a function could fetch it, else the client's initials. */
export function ClientAvatar({
  name,
  faviconUrl,
  size = 32,
}: {
  name: string;
  faviconUrl: string | null;
  size?: number;
}) {
  if (faviconUrl) {
    return (
      <img
        src={faviconUrl}
        alt=""
        width={size}
        height={size}
        className="client-avatar client-avatar-image"
      />
    );
  }
  return (
    <span
      className="client-avatar"
      style={{ width: size, height: size, fontSize: size * 0.4 }}
      aria-hidden="true"
    >
      {monogram(name)}
    </span>
  );
}
