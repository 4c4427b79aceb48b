import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// The emulators answer in well under a second, but the machine running them may be busy.
configure({ asyncUtilTimeout: 20_000 });

afterEach(() => cleanup());
