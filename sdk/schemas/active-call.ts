import { z } from "zod";
import { describe } from "../schema-meta";
import { lenient } from "./lenient";

/* GET /connections/{connection_id}/active_calls: one call in progress on a connection. */

export const activeCall = lenient(
  z.object({
    record_type: z.literal("call"),
    call_control_id: describe(z.string(), "Call Control id of the call."),
    call_leg_id: describe(z.string(), "Id of this leg."),
    call_session_id: describe(z.string(), "Id of the session the leg belongs to."),
    client_state: describe(z.string(), "State set by the application, base64."),
    call_duration: describe(z.number(), "Seconds since the call started."),
  }),
);
export type ActiveCall = z.infer<typeof activeCall>;
