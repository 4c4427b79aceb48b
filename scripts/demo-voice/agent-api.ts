import type { IncomingMessage, ServerResponse } from "node:http";

/**
 * The demo voice platform's agent APIs, in Retell's and Vapi's formats, for
 * Portico's FAQ and settings sync and its voice list:
 * - Retell: `GET /get-agent/{agent_id}` (with `response_engine.llm_id`),
 *   `GET /get-retell-llm/{llm_id}`, `PATCH /update-retell-llm/{llm_id}`,
 *   `PATCH /update-agent/{agent_id}`, `GET /list-voices`;
 * - Vapi: `GET /assistant/{id}`, `PATCH /assistant/{id}` (replaces `model`
 *   as a whole, as Vapi does), `GET /voice-library/{provider}`.
 * An agent is created on first use with the API key that used it; another
 * key is refused (401). Tests make it fail on demand (`failNext`).
 */
export interface RetellAgentState {
  agentId: string;
  llmId: string;
  apiKey: string;
  voiceId: string;
  generalPrompt: string;
  beginMessage: string | null;
}

export interface VapiAssistantState {
  id: string;
  apiKey: string;
  firstMessage: string | null;
  model: { provider: string; model: string; messages: { role: string; content: string }[] };
  voice: { provider: string; voiceId: string };
}

export interface DemoAgents {
  retellAgent(agentId: string): RetellAgentState | undefined;
  vapiAssistant(id: string): VapiAssistantState | undefined;
  /** An agent as the agency set it up on the platform, before Portico touches it. */
  addRetellAgent(agentId: string, apiKey: string, generalPrompt: string): void;
  addVapiAssistant(id: string, apiKey: string, systemPrompt: string): void;
  /**
   * The next `count` API requests for this agent (Retell agent or LLM, Vapi
   * assistant) answer `status`, or never answer ("hang"). Per agent, so a
   * sync still retrying for another agent cannot use up the failures.
   */
  failNext(agentId: string, count: number, status: number | "hang"): void;
  /** Agent API updates received (method, path), oldest first. */
  updates(): { method: string; path: string; body: unknown }[];
}

const DEMO_RETELL_VOICES = [
  {
    voice_id: "11labs-Adrian",
    voice_name: "Adrian",
    provider: "elevenlabs",
    gender: "male",
    accent: "American",
    age: "Young",
  },
  {
    voice_id: "11labs-Myra",
    voice_name: "Myra",
    provider: "elevenlabs",
    gender: "female",
    accent: "American",
    age: "Young",
  },
  {
    voice_id: "openai-Nova",
    voice_name: "Nova",
    provider: "openai",
    gender: "female",
    accent: "American",
    age: "Middle Aged",
  },
];

const DEMO_VAPI_VOICES = [
  {
    provider: "vapi",
    providerId: "Elliot",
    slug: "elliot",
    name: "Elliot",
    gender: "male",
    language: "en-US",
  },
  {
    provider: "vapi",
    providerId: "Savannah",
    slug: "savannah",
    name: "Savannah",
    gender: "female",
    language: "en-US",
  },
  {
    provider: "vapi",
    providerId: "Rohan",
    slug: "rohan",
    name: "Rohan",
    gender: "male",
    language: "en-US",
  },
];

const DEFAULT_PROMPT = "You are the friendly front desk of the business. Keep answers short.";

async function readBody(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString("utf8");
  try {
    return text ? JSON.parse(text) : {};
  } catch {
    return null;
  }
}

export function demoAgentApi() {
  const retell = new Map<string, RetellAgentState>();
  const vapi = new Map<string, VapiAssistantState>();
  const failures = new Map<string, (number | "hang")[]>();
  const log: { method: string; path: string; body: unknown }[] = [];

  const addRetellAgent = (agentId: string, apiKey: string, generalPrompt: string) =>
    retell.set(agentId, {
      agentId,
      llmId: `llm_${agentId}`,
      apiKey,
      voiceId: "11labs-Adrian",
      generalPrompt,
      beginMessage: null,
    });
  const addVapiAssistant = (id: string, apiKey: string, systemPrompt: string) =>
    vapi.set(id, {
      id,
      apiKey,
      firstMessage: null,
      model: {
        provider: "openai",
        model: "gpt-4o",
        messages: [{ role: "system", content: systemPrompt }],
      },
      voice: { provider: "vapi", voiceId: "Elliot" },
    });

  const agents: DemoAgents = {
    retellAgent: (id) => retell.get(id),
    vapiAssistant: (id) => vapi.get(id),
    addRetellAgent,
    addVapiAssistant,
    failNext: (agentId, count, status) => {
      failures.set(agentId, [...(failures.get(agentId) ?? []), ...Array(count).fill(status)]);
    },
    updates: () => [...log],
  };

  const ROUTES =
    /^\/(get-agent|get-retell-llm|update-retell-llm|update-agent|assistant|voice-library)\/([^/]{1,200})$|^\/list-voices$/;

  /** Answers an agent API request; false when the path is not one of them. */
  async function handle(request: IncomingMessage, response: ServerResponse, pathname: string) {
    const match = pathname.match(ROUTES);
    if (!match) return false;
    const json = (status: number, body: unknown) =>
      response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    const [, route, rawId] = match;
    const id = decodeURIComponent(rawId ?? "");
    // A Retell LLM is its agent's (`llm_<agentId>`, as addRetellAgent names it).
    const agentId = route?.endsWith("retell-llm") ? id.replace(/^llm_/, "") : id;
    const failure = failures.get(agentId)?.shift();
    if (failure === "hang") return true; // never answers: the caller's timeout must fire
    if (failure !== undefined) {
      json(failure, { error_message: "Service temporarily unavailable" });
      return true;
    }
    const authorization = request.headers.authorization ?? "";
    if (!authorization.startsWith("Bearer ")) {
      json(401, { error_message: "Missing API key" });
      return true;
    }
    const key = authorization.slice("Bearer ".length);
    if (!route) {
      json(200, DEMO_RETELL_VOICES);
      return true;
    }
    if (route === "voice-library") {
      json(
        200,
        DEMO_VAPI_VOICES.filter((voice) => voice.provider === id),
      );
      return true;
    }
    const body = request.method === "PATCH" ? await readBody(request) : undefined;
    if (request.method === "PATCH") {
      if (typeof body !== "object" || body === null) {
        json(400, { error_message: "Invalid JSON" });
        return true;
      }
      log.push({ method: "PATCH", path: pathname, body });
    }
    if (route === "assistant") {
      if (!vapi.has(id)) addVapiAssistant(id, key, DEFAULT_PROMPT);
      const assistant = vapi.get(id);
      if (!assistant || assistant.apiKey !== key) {
        json(401, { message: "Invalid API key" });
        return true;
      }
      if (request.method === "PATCH") {
        const patch = body as Partial<VapiAssistantState>;
        if (patch.model) assistant.model = patch.model;
        if (patch.voice) assistant.voice = patch.voice;
        if (typeof patch.firstMessage === "string") assistant.firstMessage = patch.firstMessage;
      }
      json(200, { ...assistant, apiKey: undefined, name: "Front desk" });
      return true;
    }
    if (!retell.has(agentId) && route === "get-agent") addRetellAgent(agentId, key, DEFAULT_PROMPT);
    const agent = retell.get(agentId);
    if (!agent) {
      json(404, { error_message: "Not found" });
      return true;
    }
    if (agent.apiKey !== key) {
      json(401, { error_message: "Invalid API key" });
      return true;
    }
    if (route === "update-retell-llm") {
      const patch = body as { general_prompt?: unknown; begin_message?: unknown };
      if (typeof patch.general_prompt === "string") agent.generalPrompt = patch.general_prompt;
      if (typeof patch.begin_message === "string") agent.beginMessage = patch.begin_message;
    }
    if (route === "update-agent") {
      const patch = body as { voice_id?: unknown };
      if (typeof patch.voice_id === "string") agent.voiceId = patch.voice_id;
    }
    if (route === "get-agent" || route === "update-agent") {
      json(200, {
        agent_id: agent.agentId,
        agent_name: "Front desk",
        voice_id: agent.voiceId,
        response_engine: { type: "retell-llm", llm_id: agent.llmId, version: 0 },
      });
      return true;
    }
    json(200, {
      llm_id: agent.llmId,
      model: "gpt-4.1",
      general_prompt: agent.generalPrompt,
      begin_message: agent.beginMessage,
    });
    return true;
  }

  return { agents, handle };
}
