// The Pulumi ResourceProvider gRPC service of `telnyx-sip`: each resource call goes to the kind provider of the
// resource's type (kinds.ts), the same object the dynamic resources' state requires; this file only translates the
// wire (secrets, names, ids, detailed diffs) and answers the engine's questions about the plugin itself.
import * as grpc from "@grpc/grpc-js";
import * as emptyproto from "google-protobuf/google/protobuf/empty_pb";
import * as plugproto from "@pulumi/pulumi/proto/plugin_pb";
import * as provproto from "@pulumi/pulumi/proto/provider_pb";
import { changedPaths } from "../provider/core/handlers";
import { ADOPT_ID } from "../provider/core/diff";
import { storedAsApi } from "../provider/core/read-back";
import { secretPaths } from "../provider/core/secrets";
import { construct } from "./construct";
import { configFailures, configureKinds, pluginConfig } from "./config";
import { detailedDiff } from "./detailed-diff";
import { invoke } from "./functions";
import { writableFields } from "./import-inputs";
import { kindOfToken, kindProvider, specOf, type Kind } from "./kinds";
import { withNaming } from "./naming";
import { packageSchema } from "./schema";
import { fromWire, toWire, type Path, type Props } from "./wire";

type Call<Req> = { request: Req };
type Callback<Res> = (err: grpc.ServiceError | Partial<grpc.StatusObject> | null, res?: Res) => void;

/** A gRPC error the engine prints as is: the message names the resource's field and what to do. */
const failure = (err: unknown): Partial<grpc.StatusObject> => ({
  code: grpc.status.UNKNOWN,
  details: err instanceof Error ? err.message : String(err),
});

const unimplemented = (what: string): Partial<grpc.StatusObject> => ({
  code: grpc.status.UNIMPLEMENTED,
  details: `telnyx-sip: ${what} is not served by this provider plugin`,
});

/** Serves one call: the handler's answer, or its error as the call's error. */
function serve<Req, Res>(handler: (req: Req) => Promise<Res>): (call: Call<Req>, callback: Callback<Res>) => void {
  return (call, callback) => {
    handler(call.request).then(
      (res) => callback(null, res),
      (err) => callback(failure(err)),
    );
  };
}

/** Every path at which a value of this kind is secret: the schema's secret leaves, and what the engine sent secret. */
const secretsOf = (schemaPaths: readonly (readonly string[])[], sent: readonly Path[]): Path[] => [...schemaPaths, ...sent];

/**
 * A resource's outputs for the engine. The handlers leave out of the state what the TypeScript resource class puts
 * back when a program reads it (fields at their documented default, an `updatedAt` equal to `createdAt`); a program
 * in another language reads the engine's outputs as they are, so the plugin puts them back itself.
 */
const outputsFor = (kind: Kind, outs: Props | undefined, sent: readonly Path[]) =>
  toWire(storedAsApi(specOf(kind), outs ?? {}), secretsOf(secretPaths(specOf(kind).response), sent));

/** `engineAddr`: the engine's address, the plugin's first argument, which a component's runtime connects to. */
export function providerService(version: string, engineAddr: string | undefined) {
  const kindOf = (urn: string, type: string): Kind => kindOfToken(type || urn.split("::")[2]?.split("$").pop() || "");

  return {
    getPluginInfo: serve(async () => new plugproto.PluginInfo().setVersion(version)),
    getSchema: serve(async () => new provproto.GetSchemaResponse().setSchema(JSON.stringify(packageSchema(version)))),

    checkConfig: serve(async (req: provproto.CheckRequest) => {
      const { props, secrets } = fromWire(req.getNews());
      const resp = new provproto.CheckResponse().setInputs(toWire(props, [...secrets, ["apiKey"]]));
      const failures = configFailures(pluginConfig(props, new Map()));
      return resp.setFailuresList(failures.map((f) => new provproto.CheckFailure().setProperty(f.property).setReason(f.reason)));
    }),

    diffConfig: serve(async (req: provproto.DiffRequest) => {
      const olds = fromWire(req.getOldInputs() ?? req.getOlds()).props;
      const news = fromWire(req.getNews()).props;
      const changed = ["apiKey", "baseUrl"].filter((key) => (olds[key] ?? null) !== (news[key] ?? null));
      const resp = new provproto.DiffResponse()
        .setChanges(changed.length ? provproto.DiffResponse.DiffChanges.DIFF_SOME : provproto.DiffResponse.DiffChanges.DIFF_NONE)
        .setDiffsList(changed)
        .setHasdetaileddiff(true);
      for (const key of changed) resp.getDetaileddiffMap().set(key, new provproto.PropertyDiff().setKind(provproto.PropertyDiff.Kind.UPDATE));
      return resp;
    }),

    configure: serve(async (req: provproto.ConfigureRequest) => {
      const args = fromWire(req.getArgs()).props;
      const variables = new Map(req.getVariablesMap().toArray() as [string, string][]);
      await configureKinds(pluginConfig(args, variables));
      // Secrets arrive marked and leave marked (wire.ts): the engine then encrypts exactly the secret leaves.
      return new provproto.ConfigureResponse().setAcceptsecrets(true).setSupportspreview(false).setAcceptresources(false);
    }),

    check: serve(async (req: provproto.CheckRequest) => {
      const kind = kindOf(req.getUrn(), req.getType());
      const olds = fromWire(req.getOlds()).props;
      const news = fromWire(req.getNews());
      const result = await kindProvider(kind).check!(olds, withNaming(news.props, req.getUrn(), kind));
      const resp = new provproto.CheckResponse().setInputs(toWire(result.inputs ?? {}, secretsOf(secretPaths(specOf(kind).fields), news.secrets)));
      return resp.setFailuresList(
        (result.failures ?? []).map((f) => new provproto.CheckFailure().setProperty(f.property).setReason(f.reason)),
      );
    }),

    diff: serve(async (req: provproto.DiffRequest) => {
      const kind = kindOf(req.getUrn(), req.getType());
      const olds = fromWire(req.getOlds()).props;
      const news = fromWire(req.getNews()).props;
      const result = await kindProvider(kind).diff!(req.getId(), olds, news);
      const paths = result.changes ? changedPaths(kind, olds, news) : [];
      const replaces = result.replaces ?? [];
      const resp = new provproto.DiffResponse()
        .setChanges(result.changes ? provproto.DiffResponse.DiffChanges.DIFF_SOME : provproto.DiffResponse.DiffChanges.DIFF_NONE)
        .setReplacesList(replaces)
        .setDiffsList([...new Set(paths.map((p) => p.split(".")[0]))])
        .setHasdetaileddiff(true)
        // As the TypeScript resources default it (provider/core/resource.ts): an account-wide unique key (a SIP user
        // name) cannot be held by the old and the new object at once, and an adopted object's replacement must not
        // take the adopted object over again.
        .setDeletebeforereplace(replaces.length > 0 && (specOf(kind).uniqueKey !== undefined || olds[ADOPT_ID] !== undefined));
      for (const [path, diff] of detailedDiff(paths, replaces, storedAsApi(specOf(kind), olds))) resp.getDetaileddiffMap().set(path, diff);
      return resp;
    }),

    create: serve(async (req: provproto.CreateRequest) => {
      const kind = kindOf(req.getUrn(), req.getType());
      const inputs = fromWire(req.getProperties());
      const result = await kindProvider(kind).create(inputs.props);
      return new provproto.CreateResponse()
        .setId(result.id)
        .setProperties(outputsFor(kind, result.outs, inputs.secrets));
    }),

    read: serve(async (req: provproto.ReadRequest) => {
      const kind = kindOf(req.getUrn(), req.getType());
      const spec = specOf(kind);
      const provider = kindProvider(kind);
      const stored = fromWire(req.getProperties());
      let result = await provider.read!(req.getId(), stored.props);
      // An import: nothing stored, so every writable field the object holds becomes an input (import-inputs.ts).
      if (Object.keys(stored.props).length === 0 && result.id) {
        result = await provider.read!(req.getId(), writableFields(spec.fields, result.props ?? {}));
      }
      const resp = new provproto.ReadResponse().setId(result.id ?? "");
      if (!result.id) return resp; // deleted out of band: no id drops it from the state
      resp.setProperties(outputsFor(kind, result.props, stored.secrets));
      if (result.inputs) resp.setInputs(toWire(result.inputs, secretsOf(secretPaths(spec.fields), stored.secrets)));
      return resp;
    }),

    update: serve(async (req: provproto.UpdateRequest) => {
      const kind = kindOf(req.getUrn(), req.getType());
      const olds = fromWire(req.getOlds()).props;
      const news = fromWire(req.getNews());
      const result = await kindProvider(kind).update!(req.getId(), olds, news.props);
      return new provproto.UpdateResponse().setProperties(outputsFor(kind, result.outs, news.secrets));
    }),

    delete: serve(async (req: provproto.DeleteRequest) => {
      const kind = kindOf(req.getUrn(), req.getType());
      await kindProvider(kind).delete!(req.getId(), fromWire(req.getProperties()).props);
      return new emptyproto.Empty();
    }),

    invoke: serve(async (req: provproto.InvokeRequest) => {
      const result = await invoke(req.getTok().split(":").pop() ?? "", fromWire(req.getArgs()).props);
      return new provproto.InvokeResponse().setReturn(toWire(result as Props));
    }),

    cancel: serve(async () => new emptyproto.Empty()),

    construct: serve((req: provproto.ConstructRequest) => construct(req, engineAddr)),
    call: (call: Call<provproto.CallRequest>, cb: Callback<never>) => cb(unimplemented(`the method ${call.request.getTok()}`)),
    parameterize: (_: unknown, cb: Callback<never>) => cb(unimplemented("parameterization")),
    handshake: (_: unknown, cb: Callback<never>) => cb(unimplemented("Handshake (the engine then configures it the classic way)")),
    attach: (_: unknown, cb: Callback<never>) => cb(unimplemented("attaching a debugger")),
    getMapping: (_: unknown, cb: Callback<never>) => cb(unimplemented("GetMapping (conversion from other tools)")),
    getMappings: (_: unknown, cb: Callback<never>) => cb(unimplemented("GetMappings (conversion from other tools)")),
    list: (call: { emit(event: string, err: unknown): void }) => call.emit("error", unimplemented("List")),
  };
}
