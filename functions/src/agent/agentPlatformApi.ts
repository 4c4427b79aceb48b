import type { AgentSettingValues } from "@portico/domain/voice/agent-settings";
import { mergePromptSection, type SyncErrorCode } from "@portico/domain/voice/agent-sync";
import { voicePlatformApis } from "../config";

/**
 * Pushing the client's FAQs and settings to the agent, through the
 * platform's API with the connection's API key:
 * - Retell: `GET /get-agent/{agent_id}` -> `response_engine.llm_id`;
 *   `GET /get-retell-llm/{llm_id}` -> `general_prompt`;
 *   `PATCH /update-retell-llm/{llm_id}` `{general_prompt, begin_message}`;
 *   `PATCH /update-agent/{agent_id}` `{voice_id}` when a voice is chosen.
 * - Vapi: `GET /assistant/{id}` -> `model.messages`, then
 *   `PATCH /assistant/{id}` `{firstMessage, model (with its system message), voice}`
 *   (Vapi replaces `model` as a whole, so the rest of it is sent back as read).
 * Only Portico's section of the prompt (between its markers) is replaced.
 * Hosts are configured, never taken from input; redirects are refused (the key would go along).
 */
export class PlatformError extends Error {
  constructor(
    message: string,
    readonly code: SyncErrorCode,
  ) {
    super(message);
  }
}

const TIMEOUT_MS = 8000;

export interface AgentPush {
  platform: "retell" | "vapi";
  agentId: string;
  apiKey: string;
  section: string;
  settings: AgentSettingValues;
}

async function request(url: string, apiKey: string, method: "GET" | "PATCH", body?: unknown) {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${apiKey}`,
        accept: "application/json",
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
      redirect: "error",
      signal: AbortSignal.timeout(TIMEOUT_MS),
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === "TimeoutError";
    throw timedOut
      ? new PlatformError("The platform did not answer in time.", "timeout")
      : new PlatformError("The platform could not be reached.", "unreachable");
  }
  if (response.status === 401 || response.status === 403) {
    throw new PlatformError(
      "The platform refused the API key (check it on the connection).",
      "refusedKey",
    );
  }
  if (response.status === 404)
    throw new PlatformError("The platform has no agent with this ID.", "noAgent");
  if (!response.ok)
    throw new PlatformError(`The platform answered ${response.status}.`, "platformError");
  return (await response.json().catch(() => ({}))) as Record<string, unknown>;
}

const id = (value: string) => encodeURIComponent(value);

async function pushRetell(push: AgentPush) {
  const base = voicePlatformApis().retell;
  const agent = await request(`${base}/get-agent/${id(push.agentId)}`, push.apiKey, "GET");
  const engine = agent.response_engine as { type?: unknown; llm_id?: unknown } | undefined;
  if (engine?.type !== "retell-llm" || typeof engine.llm_id !== "string") {
    throw new PlatformError(
      "This Retell agent does not use a Retell LLM, so Portico cannot edit its prompt.",
      "notRetellLlm",
    );
  }
  const llmUrl = (path: string) => `${base}/${path}/${id(engine.llm_id as string)}`;
  const llm = await request(llmUrl("get-retell-llm"), push.apiKey, "GET");
  const prompt = typeof llm.general_prompt === "string" ? llm.general_prompt : "";
  await request(llmUrl("update-retell-llm"), push.apiKey, "PATCH", {
    general_prompt: mergePromptSection(prompt, push.section),
    ...(push.settings.greeting ? { begin_message: push.settings.greeting } : {}),
  });
  if (push.settings.voice) {
    await request(`${base}/update-agent/${id(push.agentId)}`, push.apiKey, "PATCH", {
      voice_id: push.settings.voice.id,
    });
  }
}

interface VapiMessage {
  role: string;
  content?: string;
}

async function pushVapi(push: AgentPush) {
  const url = `${voicePlatformApis().vapi}/assistant/${id(push.agentId)}`;
  const assistant = await request(url, push.apiKey, "GET");
  const model = (assistant.model ?? {}) as { messages?: VapiMessage[] } & Record<string, unknown>;
  const messages = Array.isArray(model.messages) ? model.messages : [];
  const systemIndex = messages.findIndex((message) => message.role === "system");
  const system = systemIndex >= 0 ? messages[systemIndex]?.content : "";
  const merged = { role: "system", content: mergePromptSection(system, push.section) };
  const nextMessages =
    systemIndex >= 0
      ? messages.map((message, index) => (index === systemIndex ? merged : message))
      : [merged, ...messages];
  const voice = assistant.voice as Record<string, unknown> | undefined;
  await request(url, push.apiKey, "PATCH", {
    model: { ...model, messages: nextMessages },
    ...(push.settings.greeting ? { firstMessage: push.settings.greeting } : {}),
    ...(push.settings.voice
      ? { voice: { provider: voice?.provider ?? "vapi", voiceId: push.settings.voice.id } }
      : {}),
  });
}

export async function pushToAgent(push: AgentPush): Promise<void> {
  if (push.platform === "retell") await pushRetell(push);
  else await pushVapi(push);
}

export interface PlatformVoice {
  id: string;
  name: string;
  detail: string;
}

/** The voices the agent may use: Retell `GET /list-voices`, Vapi `GET /voice-library/vapi`. */
export async function platformVoices(
  platform: "retell" | "vapi",
  apiKey: string,
): Promise<PlatformVoice[]> {
  const apis = voicePlatformApis();
  const url =
    platform === "retell" ? `${apis.retell}/list-voices` : `${apis.vapi}/voice-library/vapi`;
  const body = (await request(url, apiKey, "GET")) as unknown;
  const list = Array.isArray(body) ? (body as Record<string, unknown>[]) : [];
  const text = (value: unknown) => (typeof value === "string" ? value : "");
  return list
    .map((voice) =>
      platform === "retell"
        ? {
            id: text(voice.voice_id),
            name: text(voice.voice_name),
            detail: [voice.provider, voice.gender, voice.accent]
              .map(text)
              .filter(Boolean)
              .join(", "),
          }
        : {
            id: text(voice.providerId) || text(voice.slug),
            name: text(voice.name),
            detail: [voice.gender, voice.language].map(text).filter(Boolean).join(", "),
          },
    )
    .filter((voice) => voice.id && voice.name)
    .slice(0, 300);
}
