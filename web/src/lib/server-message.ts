/** The SDK appends the HTTP status (" [400]") to the server's message; people don't need it. */
export function serverMessage(message: string): string {
  return message.replace(/\s\[\d{3}\]$/, "");
}
