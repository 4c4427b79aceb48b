import { cleanup, configure } from "@testing-library/react";
import { afterEach } from "vitest";

// Warm emulators answer in well under a second, but a callable's first call
// starts its worker, which takes many seconds on a busy machine.
configure({ asyncUtilTimeout: 60_000 });

afterEach(() => cleanup());
