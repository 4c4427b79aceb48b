import type { ServiceId } from "@portico/domain/catalogue/services";
import { SANDBOX_CONNECTORS, SANDBOX_CONSENT_URL } from "../config";
import type { Connector } from "./connector";
import { providerConnectors } from "./providers";
import { sandboxConnector } from "./sandbox";

/**
 * The connector that grants `serviceId`: the sandbox for every sign-in
 * service when it is on (local emulators, the demo), else a configured real
 * provider that supports it, else none (the client follows the steps).
 */
export function connectorFor(serviceId: ServiceId): Connector | null {
  if (SANDBOX_CONNECTORS.value()) {
    const sandbox = sandboxConnector(SANDBOX_CONSENT_URL.value());
    return sandbox.supports(serviceId) ? sandbox : null;
  }
  return providerConnectors().find((connector) => connector.supports(serviceId)) ?? null;
}

export function connectableServices(serviceIds: ServiceId[]): ServiceId[] {
  return serviceIds.filter((serviceId) => connectorFor(serviceId) !== null);
}
