// The JSON values, parser and writer and the cloud assembly schema constants live in the small
// module CDKJSON, which the diff, the command line tool and the generator share without the
// core. Re-exported, so that code that imports CDK sees JSONValue, JSONObject, JSONWriter,
// JSONParser and CloudAssemblySchema as before.
@_exported import CDKJSON
