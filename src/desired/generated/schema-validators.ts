// @ts-nocheck
/* eslint-disable */
// GENERATED from schema/table.schema.json and schema/config.schema.json by
// test/desired/generate-validators.ts. Do not edit: change the schema, then run
// UPDATE_GENERATED=1 npx mocha test/desired/generated-validators.test.ts
import * as runtime0Module from 'ajv/dist/runtime/ucs2length.js';
import * as runtime1Module from 'ajv/dist/runtime/equal.js';
function interop(m) { const d = m.default; return d && typeof d === "object" && "default" in d ? d : { default: d }; }
const runtime0 = interop(runtime0Module);
const runtime1 = interop(runtime1Module);
export const table = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://ddb-migrate.dev/schema/table.schema.json","title":"ddb-migrate table","description":"One DynamoDB table (tables/<table>.yaml). Fields left out take the documented defaults. Cross-field rules (key types, index limits, billing vs capacity) are checked by `ddb-migrate validate`.","type":"object","additionalProperties":false,"required":["table","partitionKey"],"properties":{"table":{"$ref":"#/$defs/name","description":"The table name: 3-255 characters of A-Z a-z 0-9 _ . - (by convention the file name without .yaml)."},"partitionKey":{"$ref":"#/$defs/keyAttribute","description":"The table's partition (HASH) key."},"sortKey":{"$ref":"#/$defs/keyAttribute","description":"The table's sort (RANGE) key. Optional."},"billing":{"$ref":"#/$defs/billing"},"globalSecondaryIndexes":{"$ref":"#/$defs/globalSecondaryIndexes"},"localSecondaryIndexes":{"$ref":"#/$defs/localSecondaryIndexes"},"stream":{"$ref":"#/$defs/stream"},"ttl":{"$ref":"#/$defs/ttl"},"pointInTimeRecovery":{"$ref":"#/$defs/pointInTimeRecovery"},"deletionProtection":{"type":"boolean","description":"Refuse DeleteTable while true. Default false."},"tableClass":{"enum":["STANDARD","STANDARD_INFREQUENT_ACCESS"],"description":"Table class. Default STANDARD."},"sse":{"$ref":"#/$defs/sse"},"warmThroughput":{"$ref":"#/$defs/warmThroughput"},"contributorInsights":{"$ref":"#/$defs/contributorInsights"},"resourcePolicy":{"$ref":"#/$defs/resourcePolicy"},"kinesisDestination":{"$ref":"#/$defs/kinesisDestination"},"tags":{"$ref":"#/$defs/tags"},"replicas":{"$ref":"#/$defs/replicas"},"environments":{"type":"object","description":"Per-environment overrides (environment names from ddb-migrate.yaml), deep-merged over the fields above. Lists replace; a billing with a mode replaces the base billing.","propertyNames":{"pattern":"^[A-Za-z0-9_-]+$","description":"Environment names: letters, digits, _ and -."},"additionalProperties":{"$ref":"#/$defs/overrides"}}},"$defs":{"name":{"type":"string","minLength":3,"maxLength":255,"pattern":"^[A-Za-z0-9_.-]+$","description":"3-255 characters of A-Z a-z 0-9 _ . -"},"attributeName":{"type":"string","minLength":1,"maxLength":255,"description":"A top-level attribute name, 1-255 characters."},"keyAttribute":{"type":"object","additionalProperties":false,"required":["name","type"],"properties":{"name":{"$ref":"#/$defs/attributeName"},"type":{"enum":["S","N","B"],"description":"S (string), N (number) or B (binary)."}}},"indexKey":{"description":"A global secondary index key: one { name, type }, or a list of 1-4 of them in order (a multi-attribute key; the order is part of the key).","anyOf":[{"$ref":"#/$defs/keyAttribute"},{"type":"array","minItems":1,"maxItems":4,"items":{"$ref":"#/$defs/keyAttribute"}}]},"capacityUnits":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"A positive whole number of capacity units (above 40,000, the default per-table quota, validate warns)."},"scalingRange":{"type":"object","description":"Autoscaling (PROVISIONED tables only): Application Auto Scaling keeps the capacity between min and max, tracking targetUtilization (percent of the provisioned capacity consumed). While declared, any live capacity inside the range is not a change.","additionalProperties":false,"required":["min","max"],"properties":{"min":{"$ref":"#/$defs/capacityUnits","description":"The lowest capacity the scaler may set (also the capacity a new table or index starts with)."},"max":{"$ref":"#/$defs/capacityUnits","description":"The highest capacity the scaler may set (at least min)."},"targetUtilization":{"type":"number","minimum":20,"maximum":90,"description":"Target utilization in percent, 20-90 as DynamoDB documents. Default 70."}}},"capacity":{"description":"Capacity units: a whole number (fixed capacity), or { min, max, targetUtilization } (autoscaling).","if":{"type":"number"},"then":{"$ref":"#/$defs/capacityUnits"},"else":{"$ref":"#/$defs/scalingRange"}},"billing":{"type":"object","description":"PROVISIONED with read and write (each a number, or an autoscaling range { min, max, targetUtilization }), or PAY_PER_REQUEST with optional maxRead / maxWrite. Default: PAY_PER_REQUEST, no maximums.","additionalProperties":false,"required":["mode"],"properties":{"mode":{"enum":["PROVISIONED","PAY_PER_REQUEST"]},"read":{"$ref":"#/$defs/capacity","description":"Read capacity units (PROVISIONED only): a number, or { min, max, targetUtilization } to autoscale."},"write":{"$ref":"#/$defs/capacity","description":"Write capacity units (PROVISIONED only): a number, or { min, max, targetUtilization } to autoscale."},"maxRead":{"$ref":"#/$defs/capacityUnits","description":"Maximum read request units (PAY_PER_REQUEST only). Default: no maximum."},"maxWrite":{"$ref":"#/$defs/capacityUnits","description":"Maximum write request units (PAY_PER_REQUEST only). Default: no maximum."}}},"projection":{"description":"ALL, KEYS_ONLY, or { include: [attribute, ...] }. Default ALL.","anyOf":[{"enum":["ALL","KEYS_ONLY"]},{"type":"object","additionalProperties":false,"required":["include"],"properties":{"include":{"type":"array","description":"Non-key attributes to project (at most 100 over all indexes).","items":{"$ref":"#/$defs/attributeName"}}}}]},"globalSecondaryIndexes":{"type":"array","description":"Global secondary indexes (default quota: 20).","items":{"type":"object","additionalProperties":false,"required":["name","partitionKey"],"properties":{"name":{"$ref":"#/$defs/name"},"partitionKey":{"$ref":"#/$defs/indexKey"},"sortKey":{"$ref":"#/$defs/indexKey"},"projection":{"$ref":"#/$defs/projection"},"read":{"$ref":"#/$defs/capacity","description":"PROVISIONED tables only: a number or an autoscaling range. Default: the table's read (its range too)."},"write":{"$ref":"#/$defs/capacity","description":"PROVISIONED tables only: a number or an autoscaling range. Default: the table's write (its range too)."},"maxRead":{"$ref":"#/$defs/capacityUnits","description":"PAY_PER_REQUEST tables only: this index's maximum read request units per second. Default: the table's maxRead."},"maxWrite":{"$ref":"#/$defs/capacityUnits","description":"PAY_PER_REQUEST tables only: this index's maximum write request units per second. Default: the table's maxWrite."},"warmThroughput":{"$ref":"#/$defs/warmThroughput"},"contributorInsights":{"$ref":"#/$defs/contributorInsights"}}}},"localSecondaryIndexes":{"type":"array","description":"Local secondary indexes (at most 5; the table needs a sort key). Created with the table only.","items":{"type":"object","additionalProperties":false,"required":["name","sortKey"],"properties":{"name":{"$ref":"#/$defs/name"},"partitionKey":{"$ref":"#/$defs/keyAttribute","description":"Optional: always the table's partition key."},"sortKey":{"$ref":"#/$defs/keyAttribute"},"projection":{"$ref":"#/$defs/projection"}}}},"stream":{"description":"DynamoDB stream view type, or false for no stream. Default false.","enum":[false,"KEYS_ONLY","NEW_IMAGE","OLD_IMAGE","NEW_AND_OLD_IMAGES"]},"ttl":{"description":"Time to live: { attribute: name } (a top-level Number attribute in epoch seconds), or false for off. Default off.","anyOf":[{"const":false},{"type":"object","additionalProperties":false,"required":["attribute"],"properties":{"attribute":{"$ref":"#/$defs/attributeName"}}}]},"pointInTimeRecovery":{"description":"Point-in-time recovery (continuous backups): true / false, or { enabled, recoveryPeriodDays } with a recovery period of 1-35 days (AWS's default: 35). Default false.","anyOf":[{"type":"boolean"},{"type":"object","additionalProperties":false,"required":["enabled"],"properties":{"enabled":{"type":"boolean"},"recoveryPeriodDays":{"type":"integer","minimum":1,"maximum":35,"description":"Days of restore points kept, 1-35. Default 35."}}}]},"sse":{"type":"object","description":"Server-side encryption at rest: { type: AWS_OWNED } (the default: the key DynamoDB owns), { type: KMS } (the AWS managed key alias/aws/dynamodb) or { type: KMS, kmsKey } (a customer managed key: key id, key ARN, alias name or alias ARN). Default AWS_OWNED.","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["AWS_OWNED","KMS"]},"kmsKey":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^(alias/[A-Za-z0-9/_-]+|arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:(key|alias)/[A-Za-z0-9/_-]+|(mrk-)?[0-9a-fA-F-]{32,36})$","description":"KMS only: the customer managed key, as a key id, key ARN, alias name (alias/...) or alias ARN. Left out: the AWS managed key."}}},"warmThroughput":{"type":"object","additionalProperties":false,"required":["read","write"],"description":"Warm throughput: the read and write units per second the table (or index) can serve at once. Increase-only: a value below the live one is reported, never planned. Left out: not managed (the table keeps what it has).","properties":{"read":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"Read units per second."},"write":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"Write units per second."}}},"tags":{"type":"object","description":"Tags: at most 50; keys 1-128 characters without the aws: prefix, values 0-256 characters (letters, digits, spaces and + - = . _ : / @). Default {}.","maxProperties":50,"propertyNames":{"minLength":1,"maxLength":128,"pattern":"^(?![aA][wW][sS]:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$","description":"Tag keys: 1-128 characters (letters, digits, spaces and + - = . _ : / @), not starting with aws:."},"additionalProperties":{"type":"string","maxLength":256,"pattern":"^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$","description":"Tag values: strings of 0-256 characters (letters, digits, spaces and + - = . _ : / @)."}},"overrides":{"type":"object","description":"Fields to override in this environment (any table field except table and environments).","additionalProperties":false,"properties":{"partitionKey":{"$ref":"#/$defs/keyAttribute"},"sortKey":{"$ref":"#/$defs/keyAttribute"},"billing":{"type":"object","description":"With a mode: replaces the base billing. Without: merged into it.","additionalProperties":false,"properties":{"mode":{"enum":["PROVISIONED","PAY_PER_REQUEST"]},"read":{"$ref":"#/$defs/capacity"},"write":{"$ref":"#/$defs/capacity"},"maxRead":{"$ref":"#/$defs/capacityUnits"},"maxWrite":{"$ref":"#/$defs/capacityUnits"}}},"globalSecondaryIndexes":{"$ref":"#/$defs/globalSecondaryIndexes"},"localSecondaryIndexes":{"$ref":"#/$defs/localSecondaryIndexes"},"stream":{"$ref":"#/$defs/stream"},"ttl":{"$ref":"#/$defs/ttl"},"pointInTimeRecovery":{"$ref":"#/$defs/pointInTimeRecovery"},"deletionProtection":{"type":"boolean"},"tableClass":{"enum":["STANDARD","STANDARD_INFREQUENT_ACCESS"]},"sse":{"$ref":"#/$defs/sse"},"warmThroughput":{"$ref":"#/$defs/warmThroughput"},"contributorInsights":{"$ref":"#/$defs/contributorInsights"},"resourcePolicy":{"$ref":"#/$defs/resourcePolicy"},"kinesisDestination":{"$ref":"#/$defs/kinesisDestination"},"tags":{"$ref":"#/$defs/tags"},"replicas":{"$ref":"#/$defs/replicas"}}},"contributorInsights":{"description":"CloudWatch Contributor Insights: false (off, the default), true (ACCESSED_AND_THROTTLED_KEYS) or the mode.","enum":[false,true,"ACCESSED_AND_THROTTLED_KEYS","THROTTLED_KEYS"]},"resourcePolicy":{"description":"The resource-based policy: the JSON document inline (a mapping), or the path of a .json file relative to the table file. Compared as a document (key order does not matter).","type":["object","string"],"minLength":1},"kinesisDestination":{"type":"object","description":"The Kinesis data stream the table's item changes are streamed to. Default: none.","additionalProperties":false,"required":["streamArn"],"properties":{"streamArn":{"type":"string","pattern":"^arn:aws[a-z-]*:kinesis:[a-z0-9-]+:[0-9]{12}:stream/[A-Za-z0-9_.-]{1,128}$","description":"The Kinesis data stream's ARN: arn:aws:kinesis:<region>:<account id>:stream/<stream name>."},"precision":{"enum":["MILLISECOND","MICROSECOND"],"description":"ApproximateCreationDateTimePrecision. Default: MILLISECOND."}}},"replicas":{"type":"array","description":"Global table replicas (version 2019.11.21) in other AWS Regions: a Region name, or { region, ... } with the replica's own settings. The table needs stream: NEW_AND_OLD_IMAGES. Default: none (a single-Region table).","uniqueItems":true,"items":{"anyOf":[{"$ref":"#/$defs/replicaRegion"},{"type":"object","additionalProperties":false,"required":["region"],"properties":{"region":{"$ref":"#/$defs/replicaRegion"},"kmsKey":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^(alias/[A-Za-z0-9/_-]+|arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:(key|alias)/[A-Za-z0-9/_-]+|(mrk-)?[0-9a-fA-F-]{32,36})$","description":"The replica's customer managed KMS key in its Region (key id, key ARN, alias name or alias ARN); only with sse type KMS. Left out: not managed (whatever key DynamoDB gives the replica)."},"tableClass":{"enum":["STANDARD","STANDARD_INFREQUENT_ACCESS"],"description":"The replica's table class. Default: the table's."},"read":{"$ref":"#/$defs/capacityUnits","description":"PROVISIONED tables: the replica's read capacity. Default: the table's."},"maxRead":{"$ref":"#/$defs/capacityUnits","description":"PAY_PER_REQUEST tables: the replica's maximum read request units. Default: the table's."},"globalSecondaryIndexes":{"type":"array","description":"Per-GSI read overrides of this replica.","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/$defs/name"},"read":{"$ref":"#/$defs/capacityUnits","description":"PROVISIONED tables: the index's read capacity in this replica."},"maxRead":{"$ref":"#/$defs/capacityUnits","description":"PAY_PER_REQUEST tables: the index's maximum read request units in this replica."}}}},"pointInTimeRecovery":{"type":"boolean","description":"PITR of the replica (set in its Region). Default: the table's."},"deletionProtection":{"type":"boolean","description":"Deletion protection of the replica (set in its Region). Default: the table's."},"tags":{"$ref":"#/$defs/tags","description":"The replica's tags (set in its Region). Default: the table's."}}}]}},"replicaRegion":{"type":"string","pattern":"^[a-z]{2}(-[a-z]+)+-[0-9]+$","description":"An AWS Region name, e.g. eu-west-1 (not the table's own Region)."}}};
const schema32 = {"type":"string","minLength":3,"maxLength":255,"pattern":"^[A-Za-z0-9_.-]+$","description":"3-255 characters of A-Z a-z 0-9 _ . -"};
const schema54 = {"description":"DynamoDB stream view type, or false for no stream. Default false.","enum":[false,"KEYS_ONLY","NEW_IMAGE","OLD_IMAGE","NEW_AND_OLD_IMAGES"]};
const schema57 = {"description":"Point-in-time recovery (continuous backups): true / false, or { enabled, recoveryPeriodDays } with a recovery period of 1-35 days (AWS's default: 35). Default false.","anyOf":[{"type":"boolean"},{"type":"object","additionalProperties":false,"required":["enabled"],"properties":{"enabled":{"type":"boolean"},"recoveryPeriodDays":{"type":"integer","minimum":1,"maximum":35,"description":"Days of restore points kept, 1-35. Default 35."}}}]};
const schema58 = {"type":"object","description":"Server-side encryption at rest: { type: AWS_OWNED } (the default: the key DynamoDB owns), { type: KMS } (the AWS managed key alias/aws/dynamodb) or { type: KMS, kmsKey } (a customer managed key: key id, key ARN, alias name or alias ARN). Default AWS_OWNED.","additionalProperties":false,"required":["type"],"properties":{"type":{"enum":["AWS_OWNED","KMS"]},"kmsKey":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^(alias/[A-Za-z0-9/_-]+|arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:(key|alias)/[A-Za-z0-9/_-]+|(mrk-)?[0-9a-fA-F-]{32,36})$","description":"KMS only: the customer managed key, as a key id, key ARN, alias name (alias/...) or alias ARN. Left out: the AWS managed key."}}};
const schema50 = {"type":"object","additionalProperties":false,"required":["read","write"],"description":"Warm throughput: the read and write units per second the table (or index) can serve at once. Increase-only: a value below the live one is reported, never planned. Left out: not managed (the table keeps what it has).","properties":{"read":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"Read units per second."},"write":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"Write units per second."}}};
const schema51 = {"description":"CloudWatch Contributor Insights: false (off, the default), true (ACCESSED_AND_THROTTLED_KEYS) or the mode.","enum":[false,true,"ACCESSED_AND_THROTTLED_KEYS","THROTTLED_KEYS"]};
const schema61 = {"description":"The resource-based policy: the JSON document inline (a mapping), or the path of a .json file relative to the table file. Compared as a document (key order does not matter).","type":["object","string"],"minLength":1};
const schema62 = {"type":"object","description":"The Kinesis data stream the table's item changes are streamed to. Default: none.","additionalProperties":false,"required":["streamArn"],"properties":{"streamArn":{"type":"string","pattern":"^arn:aws[a-z-]*:kinesis:[a-z0-9-]+:[0-9]{12}:stream/[A-Za-z0-9_.-]{1,128}$","description":"The Kinesis data stream's ARN: arn:aws:kinesis:<region>:<account id>:stream/<stream name>."},"precision":{"enum":["MILLISECOND","MICROSECOND"],"description":"ApproximateCreationDateTimePrecision. Default: MILLISECOND."}}};
const schema63 = {"type":"object","description":"Tags: at most 50; keys 1-128 characters without the aws: prefix, values 0-256 characters (letters, digits, spaces and + - = . _ : / @). Default {}.","maxProperties":50,"propertyNames":{"minLength":1,"maxLength":128,"pattern":"^(?![aA][wW][sS]:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$","description":"Tag keys: 1-128 characters (letters, digits, spaces and + - = . _ : / @), not starting with aws:."},"additionalProperties":{"type":"string","maxLength":256,"pattern":"^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$","description":"Tag values: strings of 0-256 characters (letters, digits, spaces and + - = . _ : / @)."}};
const func1 = Object.prototype.hasOwnProperty;
const func2 = runtime0.default;
const pattern4 = new RegExp("^[A-Za-z0-9_.-]+$", "u");
const pattern7 = new RegExp("^(alias/[A-Za-z0-9/_-]+|arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:(key|alias)/[A-Za-z0-9/_-]+|(mrk-)?[0-9a-fA-F-]{32,36})$", "u");
const pattern8 = new RegExp("^arn:aws[a-z-]*:kinesis:[a-z0-9-]+:[0-9]{12}:stream/[A-Za-z0-9_.-]{1,128}$", "u");
const pattern9 = new RegExp("^(?![aA][wW][sS]:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$", "u");
const pattern10 = new RegExp("^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$", "u");
const pattern17 = new RegExp("^[A-Za-z0-9_-]+$", "u");
const schema33 = {"type":"object","additionalProperties":false,"required":["name","type"],"properties":{"name":{"$ref":"#/$defs/attributeName"},"type":{"enum":["S","N","B"],"description":"S (string), N (number) or B (binary)."}}};
const schema34 = {"type":"string","minLength":1,"maxLength":255,"description":"A top-level attribute name, 1-255 characters."};

function validate21(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate21.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.name === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.type === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema33.required,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!((key0 === "name") || (key0 === "type"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.name !== undefined){
let data0 = data.name;
if(typeof data0 === "string"){
if(func2(data0) > 255){
const err3 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/attributeName/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema34,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data0) < 1){
const err4 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/attributeName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/name",schemaPath:"#/$defs/attributeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.type !== undefined){
let data1 = data.type;
if(!(((data1 === "S") || (data1 === "N")) || (data1 === "B"))){
const err6 = {instancePath:instancePath+"/type",schemaPath:"#/properties/type/enum",keyword:"enum",params:{allowedValues: schema33.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema33.properties.type.enum,parentSchema:schema33.properties.type,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema33.type,parentSchema:schema33,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
validate21.errors = vErrors;
return errors === 0;
}
validate21.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema35 = {"type":"object","description":"PROVISIONED with read and write (each a number, or an autoscaling range { min, max, targetUtilization }), or PAY_PER_REQUEST with optional maxRead / maxWrite. Default: PAY_PER_REQUEST, no maximums.","additionalProperties":false,"required":["mode"],"properties":{"mode":{"enum":["PROVISIONED","PAY_PER_REQUEST"]},"read":{"$ref":"#/$defs/capacity","description":"Read capacity units (PROVISIONED only): a number, or { min, max, targetUtilization } to autoscale."},"write":{"$ref":"#/$defs/capacity","description":"Write capacity units (PROVISIONED only): a number, or { min, max, targetUtilization } to autoscale."},"maxRead":{"$ref":"#/$defs/capacityUnits","description":"Maximum read request units (PAY_PER_REQUEST only). Default: no maximum."},"maxWrite":{"$ref":"#/$defs/capacityUnits","description":"Maximum write request units (PAY_PER_REQUEST only). Default: no maximum."}}};
const schema37 = {"type":"integer","minimum":1,"maximum":9007199254740991,"description":"A positive whole number of capacity units (above 40,000, the default per-table quota, validate warns)."};
const schema36 = {"description":"Capacity units: a whole number (fixed capacity), or { min, max, targetUtilization } (autoscaling).","if":{"type":"number"},"then":{"$ref":"#/$defs/capacityUnits"},"else":{"$ref":"#/$defs/scalingRange"}};
const schema38 = {"type":"object","description":"Autoscaling (PROVISIONED tables only): Application Auto Scaling keeps the capacity between min and max, tracking targetUtilization (percent of the provisioned capacity consumed). While declared, any live capacity inside the range is not a change.","additionalProperties":false,"required":["min","max"],"properties":{"min":{"$ref":"#/$defs/capacityUnits","description":"The lowest capacity the scaler may set (also the capacity a new table or index starts with)."},"max":{"$ref":"#/$defs/capacityUnits","description":"The highest capacity the scaler may set (at least min)."},"targetUtilization":{"type":"number","minimum":20,"maximum":90,"description":"Target utilization in percent, 20-90 as DynamoDB documents. Default 70."}}};

function validate26(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate26.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.min === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "min"},message:"must have required property '"+"min"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.max === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "max"},message:"must have required property '"+"max"+"'",schema:schema38.required,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(((key0 === "min") || (key0 === "max")) || (key0 === "targetUtilization"))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.min !== undefined){
let data0 = data.min;
if(!(((typeof data0 == "number") && (!(data0 % 1) && !isNaN(data0))) && (isFinite(data0)))){
const err3 = {instancePath:instancePath+"/min",schemaPath:"#/$defs/capacityUnits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data0 == "number") && (isFinite(data0))){
if(data0 > 9007199254740991 || isNaN(data0)){
const err4 = {instancePath:instancePath+"/min",schemaPath:"#/$defs/capacityUnits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data0 < 1 || isNaN(data0)){
const err5 = {instancePath:instancePath+"/min",schemaPath:"#/$defs/capacityUnits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema37,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.max !== undefined){
let data1 = data.max;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err6 = {instancePath:instancePath+"/max",schemaPath:"#/$defs/capacityUnits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9007199254740991 || isNaN(data1)){
const err7 = {instancePath:instancePath+"/max",schemaPath:"#/$defs/capacityUnits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err8 = {instancePath:instancePath+"/max",schemaPath:"#/$defs/capacityUnits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema37,data:data1};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
if(data.targetUtilization !== undefined){
let data2 = data.targetUtilization;
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 90 || isNaN(data2)){
const err9 = {instancePath:instancePath+"/targetUtilization",schemaPath:"#/properties/targetUtilization/maximum",keyword:"maximum",params:{comparison: "<=", limit: 90},message:"must be <= 90",schema:90,parentSchema:schema38.properties.targetUtilization,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if(data2 < 20 || isNaN(data2)){
const err10 = {instancePath:instancePath+"/targetUtilization",schemaPath:"#/properties/targetUtilization/minimum",keyword:"minimum",params:{comparison: ">=", limit: 20},message:"must be >= 20",schema:20,parentSchema:schema38.properties.targetUtilization,data:data2};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/targetUtilization",schemaPath:"#/properties/targetUtilization/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema38.properties.targetUtilization.type,parentSchema:schema38.properties.targetUtilization,data:data2};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema38.type,parentSchema:schema38,data};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate25(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate25.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = true;
const _errs1 = errors;
if(!((typeof data == "number") && (isFinite(data)))){
const err0 = {};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
let ifClause0;
if(_valid0){
const _errs3 = errors;
if(!(((typeof data == "number") && (!(data % 1) && !isNaN(data))) && (isFinite(data)))){
const err1 = {instancePath,schemaPath:"#/$defs/capacityUnits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
if((typeof data == "number") && (isFinite(data))){
if(data > 9007199254740991 || isNaN(data)){
const err2 = {instancePath,schemaPath:"#/$defs/capacityUnits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(data < 1 || isNaN(data)){
const err3 = {instancePath,schemaPath:"#/$defs/capacityUnits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema37,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
var _valid0 = _errs3 === errors;
valid0 = _valid0;
ifClause0 = "then";
}
else {
const _errs6 = errors;
if(!(validate26(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
var _valid0 = _errs6 === errors;
valid0 = _valid0;
if(valid0){
var props0 = true;
}
ifClause0 = "else";
}
if(!valid0){
const err4 = {instancePath,schemaPath:"#/if",keyword:"if",params:{failingKeyword: ifClause0},message:"must match \""+ifClause0+"\" schema",schema:schema36.if,parentSchema:schema36,data};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
validate25.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate25.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate24(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate24.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.mode === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "mode"},message:"must have required property '"+"mode"+"'",schema:schema35.required,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
for(const key0 in data){
if(!(((((key0 === "mode") || (key0 === "read")) || (key0 === "write")) || (key0 === "maxRead")) || (key0 === "maxWrite"))){
const err1 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.mode !== undefined){
let data0 = data.mode;
if(!((data0 === "PROVISIONED") || (data0 === "PAY_PER_REQUEST"))){
const err2 = {instancePath:instancePath+"/mode",schemaPath:"#/properties/mode/enum",keyword:"enum",params:{allowedValues: schema35.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema35.properties.mode.enum,parentSchema:schema35.properties.mode,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.read !== undefined){
if(!(validate25(data.read, {instancePath:instancePath+"/read",parentData:data,parentDataProperty:"read",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.write !== undefined){
if(!(validate25(data.write, {instancePath:instancePath+"/write",parentData:data,parentDataProperty:"write",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data.maxRead !== undefined){
let data3 = data.maxRead;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err3 = {instancePath:instancePath+"/maxRead",schemaPath:"#/$defs/capacityUnits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 9007199254740991 || isNaN(data3)){
const err4 = {instancePath:instancePath+"/maxRead",schemaPath:"#/$defs/capacityUnits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err5 = {instancePath:instancePath+"/maxRead",schemaPath:"#/$defs/capacityUnits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema37,data:data3};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data.maxWrite !== undefined){
let data4 = data.maxWrite;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err6 = {instancePath:instancePath+"/maxWrite",schemaPath:"#/$defs/capacityUnits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data4};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
const err7 = {instancePath:instancePath+"/maxWrite",schemaPath:"#/$defs/capacityUnits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema37,data:data4};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err8 = {instancePath:instancePath+"/maxWrite",schemaPath:"#/$defs/capacityUnits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema37,data:data4};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
else {
const err9 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema43 = {"type":"array","description":"Global secondary indexes (default quota: 20).","items":{"type":"object","additionalProperties":false,"required":["name","partitionKey"],"properties":{"name":{"$ref":"#/$defs/name"},"partitionKey":{"$ref":"#/$defs/indexKey"},"sortKey":{"$ref":"#/$defs/indexKey"},"projection":{"$ref":"#/$defs/projection"},"read":{"$ref":"#/$defs/capacity","description":"PROVISIONED tables only: a number or an autoscaling range. Default: the table's read (its range too)."},"write":{"$ref":"#/$defs/capacity","description":"PROVISIONED tables only: a number or an autoscaling range. Default: the table's write (its range too)."},"maxRead":{"$ref":"#/$defs/capacityUnits","description":"PAY_PER_REQUEST tables only: this index's maximum read request units per second. Default: the table's maxRead."},"maxWrite":{"$ref":"#/$defs/capacityUnits","description":"PAY_PER_REQUEST tables only: this index's maximum write request units per second. Default: the table's maxWrite."},"warmThroughput":{"$ref":"#/$defs/warmThroughput"},"contributorInsights":{"$ref":"#/$defs/contributorInsights"}}}};
const schema45 = {"description":"A global secondary index key: one { name, type }, or a list of 1-4 of them in order (a multi-attribute key; the order is part of the key).","anyOf":[{"$ref":"#/$defs/keyAttribute"},{"type":"array","minItems":1,"maxItems":4,"items":{"$ref":"#/$defs/keyAttribute"}}]};

function validate32(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate32.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!(validate21(data, {instancePath,parentData,parentDataProperty,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = true;
}
const _errs2 = errors;
if(Array.isArray(data)){
if(data.length > 4){
const err0 = {instancePath,schemaPath:"#/anyOf/1/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items",schema:4,parentSchema:schema45.anyOf[1],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.length < 1){
const err1 = {instancePath,schemaPath:"#/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema45.anyOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
if(!(validate21(data[i0], {instancePath:instancePath+"/" + i0,parentData:data,parentDataProperty:i0,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
}
else {
const err2 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema45.anyOf[1].type,parentSchema:schema45.anyOf[1],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var items0 = true;
}
if(!valid0){
const err3 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema45.anyOf,parentSchema:schema45,data};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate32.errors = vErrors;
evaluated0.props = props0;
evaluated0.items = items0;
return errors === 0;
}
validate32.evaluated = {"dynamicProps":true,"dynamicItems":true};

const schema46 = {"description":"ALL, KEYS_ONLY, or { include: [attribute, ...] }. Default ALL.","anyOf":[{"enum":["ALL","KEYS_ONLY"]},{"type":"object","additionalProperties":false,"required":["include"],"properties":{"include":{"type":"array","description":"Non-key attributes to project (at most 100 over all indexes).","items":{"$ref":"#/$defs/attributeName"}}}}]};

function validate37(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate37.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(!((data === "ALL") || (data === "KEYS_ONLY"))){
const err0 = {instancePath,schemaPath:"#/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema46.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema46.anyOf[0].enum,parentSchema:schema46.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.include === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "include"},message:"must have required property '"+"include"+"'",schema:schema46.anyOf[1].required,parentSchema:schema46.anyOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "include")){
const err2 = {instancePath,schemaPath:"#/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema46.anyOf[1],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.include !== undefined){
let data0 = data.include;
if(Array.isArray(data0)){
const len0 = data0.length;
for(let i0=0; i0<len0; i0++){
let data1 = data0[i0];
if(typeof data1 === "string"){
if(func2(data1) > 255){
const err3 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/$defs/attributeName/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema34,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data1) < 1){
const err4 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/$defs/attributeName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/include/" + i0,schemaPath:"#/$defs/attributeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath:instancePath+"/include",schemaPath:"#/anyOf/1/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema46.anyOf[1].properties.include.type,parentSchema:schema46.anyOf[1].properties.include,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
}
else {
const err7 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema46.anyOf[1].type,parentSchema:schema46.anyOf[1],data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = true;
}
if(!valid0){
const err8 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema46.anyOf,parentSchema:schema46,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate37.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate37.evaluated = {"dynamicProps":true,"dynamicItems":false};


function validate31(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate31.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.name === undefined){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema43.items.required,parentSchema:schema43.items,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.partitionKey === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "partitionKey"},message:"must have required property '"+"partitionKey"+"'",schema:schema43.items.required,parentSchema:schema43.items,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data0){
if(!(func1.call(schema43.items.properties, key0))){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema43.items,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.name !== undefined){
let data1 = data0.name;
if(typeof data1 === "string"){
if(func2(data1) > 255){
const err3 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data1) < 3){
const err4 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern4.test(data1)){
const err5 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.partitionKey !== undefined){
if(!(validate32(data0.partitionKey, {instancePath:instancePath+"/" + i0+"/partitionKey",parentData:data0,parentDataProperty:"partitionKey",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data0.sortKey !== undefined){
if(!(validate32(data0.sortKey, {instancePath:instancePath+"/" + i0+"/sortKey",parentData:data0,parentDataProperty:"sortKey",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data0.projection !== undefined){
if(!(validate37(data0.projection, {instancePath:instancePath+"/" + i0+"/projection",parentData:data0,parentDataProperty:"projection",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
if(data0.read !== undefined){
if(!(validate25(data0.read, {instancePath:instancePath+"/" + i0+"/read",parentData:data0,parentDataProperty:"read",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data0.write !== undefined){
if(!(validate25(data0.write, {instancePath:instancePath+"/" + i0+"/write",parentData:data0,parentDataProperty:"write",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data0.maxRead !== undefined){
let data7 = data0.maxRead;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err7 = {instancePath:instancePath+"/" + i0+"/maxRead",schemaPath:"#/$defs/capacityUnits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data7};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 9007199254740991 || isNaN(data7)){
const err8 = {instancePath:instancePath+"/" + i0+"/maxRead",schemaPath:"#/$defs/capacityUnits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema37,data:data7};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err9 = {instancePath:instancePath+"/" + i0+"/maxRead",schemaPath:"#/$defs/capacityUnits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema37,data:data7};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
}
if(data0.maxWrite !== undefined){
let data8 = data0.maxWrite;
if(!(((typeof data8 == "number") && (!(data8 % 1) && !isNaN(data8))) && (isFinite(data8)))){
const err10 = {instancePath:instancePath+"/" + i0+"/maxWrite",schemaPath:"#/$defs/capacityUnits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data8};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data8 == "number") && (isFinite(data8))){
if(data8 > 9007199254740991 || isNaN(data8)){
const err11 = {instancePath:instancePath+"/" + i0+"/maxWrite",schemaPath:"#/$defs/capacityUnits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema37,data:data8};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data8 < 1 || isNaN(data8)){
const err12 = {instancePath:instancePath+"/" + i0+"/maxWrite",schemaPath:"#/$defs/capacityUnits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema37,data:data8};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
}
if(data0.warmThroughput !== undefined){
let data9 = data0.warmThroughput;
if(data9 && typeof data9 == "object" && !Array.isArray(data9)){
if(data9.read === undefined){
const err13 = {instancePath:instancePath+"/" + i0+"/warmThroughput",schemaPath:"#/$defs/warmThroughput/required",keyword:"required",params:{missingProperty: "read"},message:"must have required property '"+"read"+"'",schema:schema50.required,parentSchema:schema50,data:data9};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data9.write === undefined){
const err14 = {instancePath:instancePath+"/" + i0+"/warmThroughput",schemaPath:"#/$defs/warmThroughput/required",keyword:"required",params:{missingProperty: "write"},message:"must have required property '"+"write"+"'",schema:schema50.required,parentSchema:schema50,data:data9};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
for(const key1 in data9){
if(!((key1 === "read") || (key1 === "write"))){
const err15 = {instancePath:instancePath+"/" + i0+"/warmThroughput",schemaPath:"#/$defs/warmThroughput/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data:data9};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data9.read !== undefined){
let data10 = data9.read;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err16 = {instancePath:instancePath+"/" + i0+"/warmThroughput/read",schemaPath:"#/$defs/warmThroughput/properties/read/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.read.type,parentSchema:schema50.properties.read,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 9007199254740991 || isNaN(data10)){
const err17 = {instancePath:instancePath+"/" + i0+"/warmThroughput/read",schemaPath:"#/$defs/warmThroughput/properties/read/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema50.properties.read,data:data10};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
if(data10 < 1 || isNaN(data10)){
const err18 = {instancePath:instancePath+"/" + i0+"/warmThroughput/read",schemaPath:"#/$defs/warmThroughput/properties/read/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema50.properties.read,data:data10};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
}
if(data9.write !== undefined){
let data11 = data9.write;
if(!(((typeof data11 == "number") && (!(data11 % 1) && !isNaN(data11))) && (isFinite(data11)))){
const err19 = {instancePath:instancePath+"/" + i0+"/warmThroughput/write",schemaPath:"#/$defs/warmThroughput/properties/write/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.write.type,parentSchema:schema50.properties.write,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if((typeof data11 == "number") && (isFinite(data11))){
if(data11 > 9007199254740991 || isNaN(data11)){
const err20 = {instancePath:instancePath+"/" + i0+"/warmThroughput/write",schemaPath:"#/$defs/warmThroughput/properties/write/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema50.properties.write,data:data11};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(data11 < 1 || isNaN(data11)){
const err21 = {instancePath:instancePath+"/" + i0+"/warmThroughput/write",schemaPath:"#/$defs/warmThroughput/properties/write/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema50.properties.write,data:data11};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
}
}
else {
const err22 = {instancePath:instancePath+"/" + i0+"/warmThroughput",schemaPath:"#/$defs/warmThroughput/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data:data9};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data0.contributorInsights !== undefined){
let data12 = data0.contributorInsights;
if(!((((data12 === false) || (data12 === true)) || (data12 === "ACCESSED_AND_THROTTLED_KEYS")) || (data12 === "THROTTLED_KEYS"))){
const err23 = {instancePath:instancePath+"/" + i0+"/contributorInsights",schemaPath:"#/$defs/contributorInsights/enum",keyword:"enum",params:{allowedValues: schema51.enum},message:"must be equal to one of the allowed values",schema:schema51.enum,parentSchema:schema51,data:data12};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
}
else {
const err24 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.items.type,parentSchema:schema43.items,data:data0};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
}
else {
const err25 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.type,parentSchema:schema43,data};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
validate31.errors = vErrors;
return errors === 0;
}
validate31.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema52 = {"type":"array","description":"Local secondary indexes (at most 5; the table needs a sort key). Created with the table only.","items":{"type":"object","additionalProperties":false,"required":["name","sortKey"],"properties":{"name":{"$ref":"#/$defs/name"},"partitionKey":{"$ref":"#/$defs/keyAttribute","description":"Optional: always the table's partition key."},"sortKey":{"$ref":"#/$defs/keyAttribute"},"projection":{"$ref":"#/$defs/projection"}}}};

function validate42(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate42.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.name === undefined){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema52.items.required,parentSchema:schema52.items,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.sortKey === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "sortKey"},message:"must have required property '"+"sortKey"+"'",schema:schema52.items.required,parentSchema:schema52.items,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data0){
if(!((((key0 === "name") || (key0 === "partitionKey")) || (key0 === "sortKey")) || (key0 === "projection"))){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema52.items,data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data0.name !== undefined){
let data1 = data0.name;
if(typeof data1 === "string"){
if(func2(data1) > 255){
const err3 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data1) < 3){
const err4 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern4.test(data1)){
const err5 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/" + i0+"/name",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data1};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data0.partitionKey !== undefined){
if(!(validate21(data0.partitionKey, {instancePath:instancePath+"/" + i0+"/partitionKey",parentData:data0,parentDataProperty:"partitionKey",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data0.sortKey !== undefined){
if(!(validate21(data0.sortKey, {instancePath:instancePath+"/" + i0+"/sortKey",parentData:data0,parentDataProperty:"sortKey",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data0.projection !== undefined){
if(!(validate37(data0.projection, {instancePath:instancePath+"/" + i0+"/projection",parentData:data0,parentDataProperty:"projection",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate37.errors : vErrors.concat(validate37.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.items.type,parentSchema:schema52.items,data:data0};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
}
else {
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema52.type,parentSchema:schema52,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema55 = {"description":"Time to live: { attribute: name } (a top-level Number attribute in epoch seconds), or false for off. Default off.","anyOf":[{"const":false},{"type":"object","additionalProperties":false,"required":["attribute"],"properties":{"attribute":{"$ref":"#/$defs/attributeName"}}}]};

function validate47(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate47.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
const _errs0 = errors;
let valid0 = false;
const _errs1 = errors;
if(false !== data){
const err0 = {instancePath,schemaPath:"#/anyOf/0/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant",schema:false,parentSchema:schema55.anyOf[0],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
var _valid0 = _errs1 === errors;
valid0 = valid0 || _valid0;
const _errs2 = errors;
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.attribute === undefined){
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "attribute"},message:"must have required property '"+"attribute"+"'",schema:schema55.anyOf[1].required,parentSchema:schema55.anyOf[1],data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(key0 === "attribute")){
const err2 = {instancePath,schemaPath:"#/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema55.anyOf[1],data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.attribute !== undefined){
let data0 = data.attribute;
if(typeof data0 === "string"){
if(func2(data0) > 255){
const err3 = {instancePath:instancePath+"/attribute",schemaPath:"#/$defs/attributeName/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema34,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data0) < 1){
const err4 = {instancePath:instancePath+"/attribute",schemaPath:"#/$defs/attributeName/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema34,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/attribute",schemaPath:"#/$defs/attributeName/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema34.type,parentSchema:schema34,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
else {
const err6 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema55.anyOf[1].type,parentSchema:schema55.anyOf[1],data};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs2 === errors;
valid0 = valid0 || _valid0;
if(_valid0){
var props0 = true;
}
if(!valid0){
const err7 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema55.anyOf,parentSchema:schema55,data};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
else {
errors = _errs0;
if(vErrors !== null){
if(_errs0){
vErrors.length = _errs0;
}
else {
vErrors = null;
}
}
}
validate47.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate47.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema64 = {"type":"array","description":"Global table replicas (version 2019.11.21) in other AWS Regions: a Region name, or { region, ... } with the replica's own settings. The table needs stream: NEW_AND_OLD_IMAGES. Default: none (a single-Region table).","uniqueItems":true,"items":{"anyOf":[{"$ref":"#/$defs/replicaRegion"},{"type":"object","additionalProperties":false,"required":["region"],"properties":{"region":{"$ref":"#/$defs/replicaRegion"},"kmsKey":{"type":"string","minLength":1,"maxLength":2048,"pattern":"^(alias/[A-Za-z0-9/_-]+|arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:(key|alias)/[A-Za-z0-9/_-]+|(mrk-)?[0-9a-fA-F-]{32,36})$","description":"The replica's customer managed KMS key in its Region (key id, key ARN, alias name or alias ARN); only with sse type KMS. Left out: not managed (whatever key DynamoDB gives the replica)."},"tableClass":{"enum":["STANDARD","STANDARD_INFREQUENT_ACCESS"],"description":"The replica's table class. Default: the table's."},"read":{"$ref":"#/$defs/capacityUnits","description":"PROVISIONED tables: the replica's read capacity. Default: the table's."},"maxRead":{"$ref":"#/$defs/capacityUnits","description":"PAY_PER_REQUEST tables: the replica's maximum read request units. Default: the table's."},"globalSecondaryIndexes":{"type":"array","description":"Per-GSI read overrides of this replica.","items":{"type":"object","additionalProperties":false,"required":["name"],"properties":{"name":{"$ref":"#/$defs/name"},"read":{"$ref":"#/$defs/capacityUnits","description":"PROVISIONED tables: the index's read capacity in this replica."},"maxRead":{"$ref":"#/$defs/capacityUnits","description":"PAY_PER_REQUEST tables: the index's maximum read request units in this replica."}}}},"pointInTimeRecovery":{"type":"boolean","description":"PITR of the replica (set in its Region). Default: the table's."},"deletionProtection":{"type":"boolean","description":"Deletion protection of the replica (set in its Region). Default: the table's."},"tags":{"$ref":"#/$defs/tags","description":"The replica's tags (set in its Region). Default: the table's."}}}]}};
const schema65 = {"type":"string","pattern":"^[a-z]{2}(-[a-z]+)+-[0-9]+$","description":"An AWS Region name, e.g. eu-west-1 (not the table's own Region)."};
const pattern11 = new RegExp("^[a-z]{2}(-[a-z]+)+-[0-9]+$", "u");
const func0 = runtime1.default;

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
const _errs2 = errors;
let valid2 = false;
const _errs3 = errors;
if(typeof data0 === "string"){
if(!pattern11.test(data0)){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/replicaRegion/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$"},message:"must match pattern \""+"^[a-z]{2}(-[a-z]+)+-[0-9]+$"+"\"",schema:"^[a-z]{2}(-[a-z]+)+-[0-9]+$",parentSchema:schema65,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
else {
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/$defs/replicaRegion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.type,parentSchema:schema65,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
var _valid0 = _errs3 === errors;
valid2 = valid2 || _valid0;
const _errs6 = errors;
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.region === undefined){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/anyOf/1/required",keyword:"required",params:{missingProperty: "region"},message:"must have required property '"+"region"+"'",schema:schema64.items.anyOf[1].required,parentSchema:schema64.items.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
for(const key0 in data0){
if(!(func1.call(schema64.items.anyOf[1].properties, key0))){
const err3 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema64.items.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
}
if(data0.region !== undefined){
let data1 = data0.region;
if(typeof data1 === "string"){
if(!pattern11.test(data1)){
const err4 = {instancePath:instancePath+"/" + i0+"/region",schemaPath:"#/$defs/replicaRegion/pattern",keyword:"pattern",params:{pattern: "^[a-z]{2}(-[a-z]+)+-[0-9]+$"},message:"must match pattern \""+"^[a-z]{2}(-[a-z]+)+-[0-9]+$"+"\"",schema:"^[a-z]{2}(-[a-z]+)+-[0-9]+$",parentSchema:schema65,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/" + i0+"/region",schemaPath:"#/$defs/replicaRegion/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema65.type,parentSchema:schema65,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data0.kmsKey !== undefined){
let data2 = data0.kmsKey;
if(typeof data2 === "string"){
if(func2(data2) > 2048){
const err6 = {instancePath:instancePath+"/" + i0+"/kmsKey",schemaPath:"#/items/anyOf/1/properties/kmsKey/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema64.items.anyOf[1].properties.kmsKey,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if(func2(data2) < 1){
const err7 = {instancePath:instancePath+"/" + i0+"/kmsKey",schemaPath:"#/items/anyOf/1/properties/kmsKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema64.items.anyOf[1].properties.kmsKey,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(!pattern7.test(data2)){
const err8 = {instancePath:instancePath+"/" + i0+"/kmsKey",schemaPath:"#/items/anyOf/1/properties/kmsKey/pattern",keyword:"pattern",params:{pattern: "^(alias/[A-Za-z0-9/_-]+|arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:(key|alias)/[A-Za-z0-9/_-]+|(mrk-)?[0-9a-fA-F-]{32,36})$"},message:"must match pattern \""+"^(alias/[A-Za-z0-9/_-]+|arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:(key|alias)/[A-Za-z0-9/_-]+|(mrk-)?[0-9a-fA-F-]{32,36})$"+"\"",schema:"^(alias/[A-Za-z0-9/_-]+|arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:(key|alias)/[A-Za-z0-9/_-]+|(mrk-)?[0-9a-fA-F-]{32,36})$",parentSchema:schema64.items.anyOf[1].properties.kmsKey,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
else {
const err9 = {instancePath:instancePath+"/" + i0+"/kmsKey",schemaPath:"#/items/anyOf/1/properties/kmsKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema64.items.anyOf[1].properties.kmsKey.type,parentSchema:schema64.items.anyOf[1].properties.kmsKey,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data0.tableClass !== undefined){
let data3 = data0.tableClass;
if(!((data3 === "STANDARD") || (data3 === "STANDARD_INFREQUENT_ACCESS"))){
const err10 = {instancePath:instancePath+"/" + i0+"/tableClass",schemaPath:"#/items/anyOf/1/properties/tableClass/enum",keyword:"enum",params:{allowedValues: schema64.items.anyOf[1].properties.tableClass.enum},message:"must be equal to one of the allowed values",schema:schema64.items.anyOf[1].properties.tableClass.enum,parentSchema:schema64.items.anyOf[1].properties.tableClass,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data0.read !== undefined){
let data4 = data0.read;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err11 = {instancePath:instancePath+"/" + i0+"/read",schemaPath:"#/$defs/capacityUnits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
const err12 = {instancePath:instancePath+"/" + i0+"/read",schemaPath:"#/$defs/capacityUnits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema37,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/" + i0+"/read",schemaPath:"#/$defs/capacityUnits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema37,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
}
if(data0.maxRead !== undefined){
let data5 = data0.maxRead;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err14 = {instancePath:instancePath+"/" + i0+"/maxRead",schemaPath:"#/$defs/capacityUnits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 9007199254740991 || isNaN(data5)){
const err15 = {instancePath:instancePath+"/" + i0+"/maxRead",schemaPath:"#/$defs/capacityUnits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema37,data:data5};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err16 = {instancePath:instancePath+"/" + i0+"/maxRead",schemaPath:"#/$defs/capacityUnits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema37,data:data5};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
}
if(data0.globalSecondaryIndexes !== undefined){
let data6 = data0.globalSecondaryIndexes;
if(Array.isArray(data6)){
const len1 = data6.length;
for(let i1=0; i1<len1; i1++){
let data7 = data6[i1];
if(data7 && typeof data7 == "object" && !Array.isArray(data7)){
if(data7.name === undefined){
const err17 = {instancePath:instancePath+"/" + i0+"/globalSecondaryIndexes/" + i1,schemaPath:"#/items/anyOf/1/properties/globalSecondaryIndexes/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema64.items.anyOf[1].properties.globalSecondaryIndexes.items.required,parentSchema:schema64.items.anyOf[1].properties.globalSecondaryIndexes.items,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
for(const key1 in data7){
if(!(((key1 === "name") || (key1 === "read")) || (key1 === "maxRead"))){
const err18 = {instancePath:instancePath+"/" + i0+"/globalSecondaryIndexes/" + i1,schemaPath:"#/items/anyOf/1/properties/globalSecondaryIndexes/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema64.items.anyOf[1].properties.globalSecondaryIndexes.items,data:data7};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data7.name !== undefined){
let data8 = data7.name;
if(typeof data8 === "string"){
if(func2(data8) > 255){
const err19 = {instancePath:instancePath+"/" + i0+"/globalSecondaryIndexes/" + i1+"/name",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema32,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
if(func2(data8) < 3){
const err20 = {instancePath:instancePath+"/" + i0+"/globalSecondaryIndexes/" + i1+"/name",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema32,data:data8};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
if(!pattern4.test(data8)){
const err21 = {instancePath:instancePath+"/" + i0+"/globalSecondaryIndexes/" + i1+"/name",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema32,data:data8};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
else {
const err22 = {instancePath:instancePath+"/" + i0+"/globalSecondaryIndexes/" + i1+"/name",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data8};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data7.read !== undefined){
let data9 = data7.read;
if(!(((typeof data9 == "number") && (!(data9 % 1) && !isNaN(data9))) && (isFinite(data9)))){
const err23 = {instancePath:instancePath+"/" + i0+"/globalSecondaryIndexes/" + i1+"/read",schemaPath:"#/$defs/capacityUnits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data9};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if((typeof data9 == "number") && (isFinite(data9))){
if(data9 > 9007199254740991 || isNaN(data9)){
const err24 = {instancePath:instancePath+"/" + i0+"/globalSecondaryIndexes/" + i1+"/read",schemaPath:"#/$defs/capacityUnits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema37,data:data9};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
if(data9 < 1 || isNaN(data9)){
const err25 = {instancePath:instancePath+"/" + i0+"/globalSecondaryIndexes/" + i1+"/read",schemaPath:"#/$defs/capacityUnits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema37,data:data9};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
if(data7.maxRead !== undefined){
let data10 = data7.maxRead;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err26 = {instancePath:instancePath+"/" + i0+"/globalSecondaryIndexes/" + i1+"/maxRead",schemaPath:"#/$defs/capacityUnits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data10};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 9007199254740991 || isNaN(data10)){
const err27 = {instancePath:instancePath+"/" + i0+"/globalSecondaryIndexes/" + i1+"/maxRead",schemaPath:"#/$defs/capacityUnits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema37,data:data10};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data10 < 1 || isNaN(data10)){
const err28 = {instancePath:instancePath+"/" + i0+"/globalSecondaryIndexes/" + i1+"/maxRead",schemaPath:"#/$defs/capacityUnits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema37,data:data10};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
}
else {
const err29 = {instancePath:instancePath+"/" + i0+"/globalSecondaryIndexes/" + i1,schemaPath:"#/items/anyOf/1/properties/globalSecondaryIndexes/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.items.anyOf[1].properties.globalSecondaryIndexes.items.type,parentSchema:schema64.items.anyOf[1].properties.globalSecondaryIndexes.items,data:data7};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath:instancePath+"/" + i0+"/globalSecondaryIndexes",schemaPath:"#/items/anyOf/1/properties/globalSecondaryIndexes/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.items.anyOf[1].properties.globalSecondaryIndexes.type,parentSchema:schema64.items.anyOf[1].properties.globalSecondaryIndexes,data:data6};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
}
if(data0.pointInTimeRecovery !== undefined){
let data11 = data0.pointInTimeRecovery;
if(typeof data11 !== "boolean"){
const err31 = {instancePath:instancePath+"/" + i0+"/pointInTimeRecovery",schemaPath:"#/items/anyOf/1/properties/pointInTimeRecovery/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema64.items.anyOf[1].properties.pointInTimeRecovery.type,parentSchema:schema64.items.anyOf[1].properties.pointInTimeRecovery,data:data11};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
}
if(data0.deletionProtection !== undefined){
let data12 = data0.deletionProtection;
if(typeof data12 !== "boolean"){
const err32 = {instancePath:instancePath+"/" + i0+"/deletionProtection",schemaPath:"#/items/anyOf/1/properties/deletionProtection/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema64.items.anyOf[1].properties.deletionProtection.type,parentSchema:schema64.items.anyOf[1].properties.deletionProtection,data:data12};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data0.tags !== undefined){
let data13 = data0.tags;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(Object.keys(data13).length > 50){
const err33 = {instancePath:instancePath+"/" + i0+"/tags",schemaPath:"#/$defs/tags/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties",schema:50,parentSchema:schema63,data:data13};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
for(const key2 in data13){
const _errs42 = errors;
if(typeof key2 === "string"){
if(func2(key2) > 128){
const err34 = {instancePath:instancePath+"/" + i0+"/tags",schemaPath:"#/$defs/tags/propertyNames/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema63.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(func2(key2) < 1){
const err35 = {instancePath:instancePath+"/" + i0+"/tags",schemaPath:"#/$defs/tags/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
if(!pattern9.test(key2)){
const err36 = {instancePath:instancePath+"/" + i0+"/tags",schemaPath:"#/$defs/tags/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(?![aA][wW][sS]:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"},message:"must match pattern \""+"^(?![aA][wW][sS]:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"+"\"",schema:"^(?![aA][wW][sS]:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$",parentSchema:schema63.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
var valid15 = _errs42 === errors;
if(!valid15){
const err37 = {instancePath:instancePath+"/" + i0+"/tags",schemaPath:"#/$defs/tags/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema63.propertyNames,parentSchema:schema63,data:data13};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
for(const key3 in data13){
let data14 = data13[key3];
if(typeof data14 === "string"){
if(func2(data14) > 256){
const err38 = {instancePath:instancePath+"/" + i0+"/tags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tags/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema63.additionalProperties,data:data14};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(!pattern10.test(data14)){
const err39 = {instancePath:instancePath+"/" + i0+"/tags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tags/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"},message:"must match pattern \""+"^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"+"\"",schema:"^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$",parentSchema:schema63.additionalProperties,data:data14};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
else {
const err40 = {instancePath:instancePath+"/" + i0+"/tags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.additionalProperties.type,parentSchema:schema63.additionalProperties,data:data14};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
}
else {
const err41 = {instancePath:instancePath+"/" + i0+"/tags",schemaPath:"#/$defs/tags/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.type,parentSchema:schema63,data:data13};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
}
else {
const err42 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema64.items.anyOf[1].type,parentSchema:schema64.items.anyOf[1],data:data0};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
var _valid0 = _errs6 === errors;
valid2 = valid2 || _valid0;
if(!valid2){
const err43 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema64.items.anyOf,parentSchema:schema64.items,data:data0};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
else {
errors = _errs2;
if(vErrors !== null){
if(_errs2){
vErrors.length = _errs2;
}
else {
vErrors = null;
}
}
}
}
let i2 = data.length;
let j0;
if(i2 > 1){
outer0:
for(;i2--;){
for(j0 = i2; j0--;){
if(func0(data[i2], data[j0])){
const err44 = {instancePath,schemaPath:"#/uniqueItems",keyword:"uniqueItems",params:{i: i2, j: j0},message:"must NOT have duplicate items (items ## "+j0+" and "+i2+" are identical)",schema:true,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
break outer0;
}
}
}
}
}
else {
const err45 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema64.type,parentSchema:schema64,data};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema73 = {"type":"object","description":"Fields to override in this environment (any table field except table and environments).","additionalProperties":false,"properties":{"partitionKey":{"$ref":"#/$defs/keyAttribute"},"sortKey":{"$ref":"#/$defs/keyAttribute"},"billing":{"type":"object","description":"With a mode: replaces the base billing. Without: merged into it.","additionalProperties":false,"properties":{"mode":{"enum":["PROVISIONED","PAY_PER_REQUEST"]},"read":{"$ref":"#/$defs/capacity"},"write":{"$ref":"#/$defs/capacity"},"maxRead":{"$ref":"#/$defs/capacityUnits"},"maxWrite":{"$ref":"#/$defs/capacityUnits"}}},"globalSecondaryIndexes":{"$ref":"#/$defs/globalSecondaryIndexes"},"localSecondaryIndexes":{"$ref":"#/$defs/localSecondaryIndexes"},"stream":{"$ref":"#/$defs/stream"},"ttl":{"$ref":"#/$defs/ttl"},"pointInTimeRecovery":{"$ref":"#/$defs/pointInTimeRecovery"},"deletionProtection":{"type":"boolean"},"tableClass":{"enum":["STANDARD","STANDARD_INFREQUENT_ACCESS"]},"sse":{"$ref":"#/$defs/sse"},"warmThroughput":{"$ref":"#/$defs/warmThroughput"},"contributorInsights":{"$ref":"#/$defs/contributorInsights"},"resourcePolicy":{"$ref":"#/$defs/resourcePolicy"},"kinesisDestination":{"$ref":"#/$defs/kinesisDestination"},"tags":{"$ref":"#/$defs/tags"},"replicas":{"$ref":"#/$defs/replicas"}}};

function validate51(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate51.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema73.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.partitionKey !== undefined){
if(!(validate21(data.partitionKey, {instancePath:instancePath+"/partitionKey",parentData:data,parentDataProperty:"partitionKey",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.sortKey !== undefined){
if(!(validate21(data.sortKey, {instancePath:instancePath+"/sortKey",parentData:data,parentDataProperty:"sortKey",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.billing !== undefined){
let data2 = data.billing;
if(data2 && typeof data2 == "object" && !Array.isArray(data2)){
for(const key1 in data2){
if(!(((((key1 === "mode") || (key1 === "read")) || (key1 === "write")) || (key1 === "maxRead")) || (key1 === "maxWrite"))){
const err1 = {instancePath:instancePath+"/billing",schemaPath:"#/properties/billing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema73.properties.billing,data:data2};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data2.mode !== undefined){
let data3 = data2.mode;
if(!((data3 === "PROVISIONED") || (data3 === "PAY_PER_REQUEST"))){
const err2 = {instancePath:instancePath+"/billing/mode",schemaPath:"#/properties/billing/properties/mode/enum",keyword:"enum",params:{allowedValues: schema73.properties.billing.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema73.properties.billing.properties.mode.enum,parentSchema:schema73.properties.billing.properties.mode,data:data3};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data2.read !== undefined){
if(!(validate25(data2.read, {instancePath:instancePath+"/billing/read",parentData:data2,parentDataProperty:"read",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data2.write !== undefined){
if(!(validate25(data2.write, {instancePath:instancePath+"/billing/write",parentData:data2,parentDataProperty:"write",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate25.errors : vErrors.concat(validate25.errors);
errors = vErrors.length;
}
}
if(data2.maxRead !== undefined){
let data6 = data2.maxRead;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err3 = {instancePath:instancePath+"/billing/maxRead",schemaPath:"#/$defs/capacityUnits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data6};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 9007199254740991 || isNaN(data6)){
const err4 = {instancePath:instancePath+"/billing/maxRead",schemaPath:"#/$defs/capacityUnits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema37,data:data6};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err5 = {instancePath:instancePath+"/billing/maxRead",schemaPath:"#/$defs/capacityUnits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema37,data:data6};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
}
if(data2.maxWrite !== undefined){
let data7 = data2.maxWrite;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err6 = {instancePath:instancePath+"/billing/maxWrite",schemaPath:"#/$defs/capacityUnits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema37.type,parentSchema:schema37,data:data7};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 9007199254740991 || isNaN(data7)){
const err7 = {instancePath:instancePath+"/billing/maxWrite",schemaPath:"#/$defs/capacityUnits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema37,data:data7};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err8 = {instancePath:instancePath+"/billing/maxWrite",schemaPath:"#/$defs/capacityUnits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema37,data:data7};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
}
}
else {
const err9 = {instancePath:instancePath+"/billing",schemaPath:"#/properties/billing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.properties.billing.type,parentSchema:schema73.properties.billing,data:data2};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.globalSecondaryIndexes !== undefined){
if(!(validate31(data.globalSecondaryIndexes, {instancePath:instancePath+"/globalSecondaryIndexes",parentData:data,parentDataProperty:"globalSecondaryIndexes",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
if(data.localSecondaryIndexes !== undefined){
if(!(validate42(data.localSecondaryIndexes, {instancePath:instancePath+"/localSecondaryIndexes",parentData:data,parentDataProperty:"localSecondaryIndexes",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
if(data.stream !== undefined){
let data10 = data.stream;
if(!(((((data10 === false) || (data10 === "KEYS_ONLY")) || (data10 === "NEW_IMAGE")) || (data10 === "OLD_IMAGE")) || (data10 === "NEW_AND_OLD_IMAGES"))){
const err10 = {instancePath:instancePath+"/stream",schemaPath:"#/$defs/stream/enum",keyword:"enum",params:{allowedValues: schema54.enum},message:"must be equal to one of the allowed values",schema:schema54.enum,parentSchema:schema54,data:data10};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.ttl !== undefined){
if(!(validate47(data.ttl, {instancePath:instancePath+"/ttl",parentData:data,parentDataProperty:"ttl",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
if(data.pointInTimeRecovery !== undefined){
let data12 = data.pointInTimeRecovery;
const _errs23 = errors;
let valid6 = false;
const _errs24 = errors;
if(typeof data12 !== "boolean"){
const err11 = {instancePath:instancePath+"/pointInTimeRecovery",schemaPath:"#/$defs/pointInTimeRecovery/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema57.anyOf[0].type,parentSchema:schema57.anyOf[0],data:data12};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
var _valid0 = _errs24 === errors;
valid6 = valid6 || _valid0;
const _errs26 = errors;
if(data12 && typeof data12 == "object" && !Array.isArray(data12)){
if(data12.enabled === undefined){
const err12 = {instancePath:instancePath+"/pointInTimeRecovery",schemaPath:"#/$defs/pointInTimeRecovery/anyOf/1/required",keyword:"required",params:{missingProperty: "enabled"},message:"must have required property '"+"enabled"+"'",schema:schema57.anyOf[1].required,parentSchema:schema57.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
for(const key2 in data12){
if(!((key2 === "enabled") || (key2 === "recoveryPeriodDays"))){
const err13 = {instancePath:instancePath+"/pointInTimeRecovery",schemaPath:"#/$defs/pointInTimeRecovery/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema57.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
if(data12.enabled !== undefined){
let data13 = data12.enabled;
if(typeof data13 !== "boolean"){
const err14 = {instancePath:instancePath+"/pointInTimeRecovery/enabled",schemaPath:"#/$defs/pointInTimeRecovery/anyOf/1/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema57.anyOf[1].properties.enabled.type,parentSchema:schema57.anyOf[1].properties.enabled,data:data13};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
if(data12.recoveryPeriodDays !== undefined){
let data14 = data12.recoveryPeriodDays;
if(!(((typeof data14 == "number") && (!(data14 % 1) && !isNaN(data14))) && (isFinite(data14)))){
const err15 = {instancePath:instancePath+"/pointInTimeRecovery/recoveryPeriodDays",schemaPath:"#/$defs/pointInTimeRecovery/anyOf/1/properties/recoveryPeriodDays/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.anyOf[1].properties.recoveryPeriodDays.type,parentSchema:schema57.anyOf[1].properties.recoveryPeriodDays,data:data14};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
if((typeof data14 == "number") && (isFinite(data14))){
if(data14 > 35 || isNaN(data14)){
const err16 = {instancePath:instancePath+"/pointInTimeRecovery/recoveryPeriodDays",schemaPath:"#/$defs/pointInTimeRecovery/anyOf/1/properties/recoveryPeriodDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 35},message:"must be <= 35",schema:35,parentSchema:schema57.anyOf[1].properties.recoveryPeriodDays,data:data14};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(data14 < 1 || isNaN(data14)){
const err17 = {instancePath:instancePath+"/pointInTimeRecovery/recoveryPeriodDays",schemaPath:"#/$defs/pointInTimeRecovery/anyOf/1/properties/recoveryPeriodDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema57.anyOf[1].properties.recoveryPeriodDays,data:data14};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
}
}
else {
const err18 = {instancePath:instancePath+"/pointInTimeRecovery",schemaPath:"#/$defs/pointInTimeRecovery/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.anyOf[1].type,parentSchema:schema57.anyOf[1],data:data12};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
var _valid0 = _errs26 === errors;
valid6 = valid6 || _valid0;
if(!valid6){
const err19 = {instancePath:instancePath+"/pointInTimeRecovery",schemaPath:"#/$defs/pointInTimeRecovery/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema57.anyOf,parentSchema:schema57,data:data12};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
else {
errors = _errs23;
if(vErrors !== null){
if(_errs23){
vErrors.length = _errs23;
}
else {
vErrors = null;
}
}
}
}
if(data.deletionProtection !== undefined){
let data15 = data.deletionProtection;
if(typeof data15 !== "boolean"){
const err20 = {instancePath:instancePath+"/deletionProtection",schemaPath:"#/properties/deletionProtection/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema73.properties.deletionProtection.type,parentSchema:schema73.properties.deletionProtection,data:data15};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data.tableClass !== undefined){
let data16 = data.tableClass;
if(!((data16 === "STANDARD") || (data16 === "STANDARD_INFREQUENT_ACCESS"))){
const err21 = {instancePath:instancePath+"/tableClass",schemaPath:"#/properties/tableClass/enum",keyword:"enum",params:{allowedValues: schema73.properties.tableClass.enum},message:"must be equal to one of the allowed values",schema:schema73.properties.tableClass.enum,parentSchema:schema73.properties.tableClass,data:data16};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data.sse !== undefined){
let data17 = data.sse;
if(data17 && typeof data17 == "object" && !Array.isArray(data17)){
if(data17.type === undefined){
const err22 = {instancePath:instancePath+"/sse",schemaPath:"#/$defs/sse/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema58.required,parentSchema:schema58,data:data17};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
for(const key3 in data17){
if(!((key3 === "type") || (key3 === "kmsKey"))){
const err23 = {instancePath:instancePath+"/sse",schemaPath:"#/$defs/sse/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema58,data:data17};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data17.type !== undefined){
let data18 = data17.type;
if(!((data18 === "AWS_OWNED") || (data18 === "KMS"))){
const err24 = {instancePath:instancePath+"/sse/type",schemaPath:"#/$defs/sse/properties/type/enum",keyword:"enum",params:{allowedValues: schema58.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema58.properties.type.enum,parentSchema:schema58.properties.type,data:data18};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data17.kmsKey !== undefined){
let data19 = data17.kmsKey;
if(typeof data19 === "string"){
if(func2(data19) > 2048){
const err25 = {instancePath:instancePath+"/sse/kmsKey",schemaPath:"#/$defs/sse/properties/kmsKey/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema58.properties.kmsKey,data:data19};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(func2(data19) < 1){
const err26 = {instancePath:instancePath+"/sse/kmsKey",schemaPath:"#/$defs/sse/properties/kmsKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.kmsKey,data:data19};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
if(!pattern7.test(data19)){
const err27 = {instancePath:instancePath+"/sse/kmsKey",schemaPath:"#/$defs/sse/properties/kmsKey/pattern",keyword:"pattern",params:{pattern: "^(alias/[A-Za-z0-9/_-]+|arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:(key|alias)/[A-Za-z0-9/_-]+|(mrk-)?[0-9a-fA-F-]{32,36})$"},message:"must match pattern \""+"^(alias/[A-Za-z0-9/_-]+|arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:(key|alias)/[A-Za-z0-9/_-]+|(mrk-)?[0-9a-fA-F-]{32,36})$"+"\"",schema:"^(alias/[A-Za-z0-9/_-]+|arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:(key|alias)/[A-Za-z0-9/_-]+|(mrk-)?[0-9a-fA-F-]{32,36})$",parentSchema:schema58.properties.kmsKey,data:data19};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
else {
const err28 = {instancePath:instancePath+"/sse/kmsKey",schemaPath:"#/$defs/sse/properties/kmsKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.kmsKey.type,parentSchema:schema58.properties.kmsKey,data:data19};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/sse",schemaPath:"#/$defs/sse/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data:data17};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data.warmThroughput !== undefined){
let data20 = data.warmThroughput;
if(data20 && typeof data20 == "object" && !Array.isArray(data20)){
if(data20.read === undefined){
const err30 = {instancePath:instancePath+"/warmThroughput",schemaPath:"#/$defs/warmThroughput/required",keyword:"required",params:{missingProperty: "read"},message:"must have required property '"+"read"+"'",schema:schema50.required,parentSchema:schema50,data:data20};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if(data20.write === undefined){
const err31 = {instancePath:instancePath+"/warmThroughput",schemaPath:"#/$defs/warmThroughput/required",keyword:"required",params:{missingProperty: "write"},message:"must have required property '"+"write"+"'",schema:schema50.required,parentSchema:schema50,data:data20};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
for(const key4 in data20){
if(!((key4 === "read") || (key4 === "write"))){
const err32 = {instancePath:instancePath+"/warmThroughput",schemaPath:"#/$defs/warmThroughput/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data:data20};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
if(data20.read !== undefined){
let data21 = data20.read;
if(!(((typeof data21 == "number") && (!(data21 % 1) && !isNaN(data21))) && (isFinite(data21)))){
const err33 = {instancePath:instancePath+"/warmThroughput/read",schemaPath:"#/$defs/warmThroughput/properties/read/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.read.type,parentSchema:schema50.properties.read,data:data21};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data21 == "number") && (isFinite(data21))){
if(data21 > 9007199254740991 || isNaN(data21)){
const err34 = {instancePath:instancePath+"/warmThroughput/read",schemaPath:"#/$defs/warmThroughput/properties/read/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema50.properties.read,data:data21};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data21 < 1 || isNaN(data21)){
const err35 = {instancePath:instancePath+"/warmThroughput/read",schemaPath:"#/$defs/warmThroughput/properties/read/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema50.properties.read,data:data21};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
if(data20.write !== undefined){
let data22 = data20.write;
if(!(((typeof data22 == "number") && (!(data22 % 1) && !isNaN(data22))) && (isFinite(data22)))){
const err36 = {instancePath:instancePath+"/warmThroughput/write",schemaPath:"#/$defs/warmThroughput/properties/write/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.write.type,parentSchema:schema50.properties.write,data:data22};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
if((typeof data22 == "number") && (isFinite(data22))){
if(data22 > 9007199254740991 || isNaN(data22)){
const err37 = {instancePath:instancePath+"/warmThroughput/write",schemaPath:"#/$defs/warmThroughput/properties/write/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema50.properties.write,data:data22};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
if(data22 < 1 || isNaN(data22)){
const err38 = {instancePath:instancePath+"/warmThroughput/write",schemaPath:"#/$defs/warmThroughput/properties/write/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema50.properties.write,data:data22};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
}
}
}
else {
const err39 = {instancePath:instancePath+"/warmThroughput",schemaPath:"#/$defs/warmThroughput/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data:data20};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
if(data.contributorInsights !== undefined){
let data23 = data.contributorInsights;
if(!((((data23 === false) || (data23 === true)) || (data23 === "ACCESSED_AND_THROTTLED_KEYS")) || (data23 === "THROTTLED_KEYS"))){
const err40 = {instancePath:instancePath+"/contributorInsights",schemaPath:"#/$defs/contributorInsights/enum",keyword:"enum",params:{allowedValues: schema51.enum},message:"must be equal to one of the allowed values",schema:schema51.enum,parentSchema:schema51,data:data23};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
}
if(data.resourcePolicy !== undefined){
let data24 = data.resourcePolicy;
if((!(data24 && typeof data24 == "object" && !Array.isArray(data24))) && (typeof data24 !== "string")){
const err41 = {instancePath:instancePath+"/resourcePolicy",schemaPath:"#/$defs/resourcePolicy/type",keyword:"type",params:{type: schema61.type},message:"must be object,string",schema:schema61.type,parentSchema:schema61,data:data24};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
if(typeof data24 === "string"){
if(func2(data24) < 1){
const err42 = {instancePath:instancePath+"/resourcePolicy",schemaPath:"#/$defs/resourcePolicy/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61,data:data24};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
}
if(data.kinesisDestination !== undefined){
let data25 = data.kinesisDestination;
if(data25 && typeof data25 == "object" && !Array.isArray(data25)){
if(data25.streamArn === undefined){
const err43 = {instancePath:instancePath+"/kinesisDestination",schemaPath:"#/$defs/kinesisDestination/required",keyword:"required",params:{missingProperty: "streamArn"},message:"must have required property '"+"streamArn"+"'",schema:schema62.required,parentSchema:schema62,data:data25};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
for(const key5 in data25){
if(!((key5 === "streamArn") || (key5 === "precision"))){
const err44 = {instancePath:instancePath+"/kinesisDestination",schemaPath:"#/$defs/kinesisDestination/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key5},message:"must NOT have additional properties",schema:false,parentSchema:schema62,data:data25};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
if(data25.streamArn !== undefined){
let data26 = data25.streamArn;
if(typeof data26 === "string"){
if(!pattern8.test(data26)){
const err45 = {instancePath:instancePath+"/kinesisDestination/streamArn",schemaPath:"#/$defs/kinesisDestination/properties/streamArn/pattern",keyword:"pattern",params:{pattern: "^arn:aws[a-z-]*:kinesis:[a-z0-9-]+:[0-9]{12}:stream/[A-Za-z0-9_.-]{1,128}$"},message:"must match pattern \""+"^arn:aws[a-z-]*:kinesis:[a-z0-9-]+:[0-9]{12}:stream/[A-Za-z0-9_.-]{1,128}$"+"\"",schema:"^arn:aws[a-z-]*:kinesis:[a-z0-9-]+:[0-9]{12}:stream/[A-Za-z0-9_.-]{1,128}$",parentSchema:schema62.properties.streamArn,data:data26};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
else {
const err46 = {instancePath:instancePath+"/kinesisDestination/streamArn",schemaPath:"#/$defs/kinesisDestination/properties/streamArn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.streamArn.type,parentSchema:schema62.properties.streamArn,data:data26};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
}
if(data25.precision !== undefined){
let data27 = data25.precision;
if(!((data27 === "MILLISECOND") || (data27 === "MICROSECOND"))){
const err47 = {instancePath:instancePath+"/kinesisDestination/precision",schemaPath:"#/$defs/kinesisDestination/properties/precision/enum",keyword:"enum",params:{allowedValues: schema62.properties.precision.enum},message:"must be equal to one of the allowed values",schema:schema62.properties.precision.enum,parentSchema:schema62.properties.precision,data:data27};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
}
}
else {
const err48 = {instancePath:instancePath+"/kinesisDestination",schemaPath:"#/$defs/kinesisDestination/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.type,parentSchema:schema62,data:data25};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
}
if(data.tags !== undefined){
let data28 = data.tags;
if(data28 && typeof data28 == "object" && !Array.isArray(data28)){
if(Object.keys(data28).length > 50){
const err49 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties",schema:50,parentSchema:schema63,data:data28};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
for(const key6 in data28){
const _errs66 = errors;
if(typeof key6 === "string"){
if(func2(key6) > 128){
const err50 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/propertyNames/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema63.propertyNames,data:key6,propertyName:key6};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
if(func2(key6) < 1){
const err51 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.propertyNames,data:key6,propertyName:key6};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(!pattern9.test(key6)){
const err52 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(?![aA][wW][sS]:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"},message:"must match pattern \""+"^(?![aA][wW][sS]:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"+"\"",schema:"^(?![aA][wW][sS]:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$",parentSchema:schema63.propertyNames,data:key6,propertyName:key6};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
var valid17 = _errs66 === errors;
if(!valid17){
const err53 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/propertyNames",keyword:"propertyNames",params:{propertyName: key6},message:"property name must be valid",schema:schema63.propertyNames,parentSchema:schema63,data:data28};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
for(const key7 in data28){
let data29 = data28[key7];
if(typeof data29 === "string"){
if(func2(data29) > 256){
const err54 = {instancePath:instancePath+"/tags/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tags/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema63.additionalProperties,data:data29};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
if(!pattern10.test(data29)){
const err55 = {instancePath:instancePath+"/tags/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tags/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"},message:"must match pattern \""+"^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"+"\"",schema:"^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$",parentSchema:schema63.additionalProperties,data:data29};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
else {
const err56 = {instancePath:instancePath+"/tags/" + key7.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.additionalProperties.type,parentSchema:schema63.additionalProperties,data:data29};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
}
else {
const err57 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.type,parentSchema:schema63,data:data28};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
if(data.replicas !== undefined){
if(!(validate49(data.replicas, {instancePath:instancePath+"/replicas",parentData:data,parentDataProperty:"replicas",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
}
}
else {
const err58 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema73.type,parentSchema:schema73,data};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
validate51.errors = vErrors;
return errors === 0;
}
validate51.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


function validate20(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://ddb-migrate.dev/schema/table.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate20.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
if(data.table === undefined){
const err0 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "table"},message:"must have required property '"+"table"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.partitionKey === undefined){
const err1 = {instancePath,schemaPath:"#/required",keyword:"required",params:{missingProperty: "partitionKey"},message:"must have required property '"+"partitionKey"+"'",schema:schema31.required,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data){
if(!(func1.call(schema31.properties, key0))){
const err2 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
}
if(data.table !== undefined){
let data0 = data.table;
if(typeof data0 === "string"){
if(func2(data0) > 255){
const err3 = {instancePath:instancePath+"/table",schemaPath:"#/$defs/name/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(func2(data0) < 3){
const err4 = {instancePath:instancePath+"/table",schemaPath:"#/$defs/name/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(!pattern4.test(data0)){
const err5 = {instancePath:instancePath+"/table",schemaPath:"#/$defs/name/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
else {
const err6 = {instancePath:instancePath+"/table",schemaPath:"#/$defs/name/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema32.type,parentSchema:schema32,data:data0};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
}
if(data.partitionKey !== undefined){
if(!(validate21(data.partitionKey, {instancePath:instancePath+"/partitionKey",parentData:data,parentDataProperty:"partitionKey",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.sortKey !== undefined){
if(!(validate21(data.sortKey, {instancePath:instancePath+"/sortKey",parentData:data,parentDataProperty:"sortKey",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate21.errors : vErrors.concat(validate21.errors);
errors = vErrors.length;
}
}
if(data.billing !== undefined){
if(!(validate24(data.billing, {instancePath:instancePath+"/billing",parentData:data,parentDataProperty:"billing",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate24.errors : vErrors.concat(validate24.errors);
errors = vErrors.length;
}
}
if(data.globalSecondaryIndexes !== undefined){
if(!(validate31(data.globalSecondaryIndexes, {instancePath:instancePath+"/globalSecondaryIndexes",parentData:data,parentDataProperty:"globalSecondaryIndexes",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate31.errors : vErrors.concat(validate31.errors);
errors = vErrors.length;
}
}
if(data.localSecondaryIndexes !== undefined){
if(!(validate42(data.localSecondaryIndexes, {instancePath:instancePath+"/localSecondaryIndexes",parentData:data,parentDataProperty:"localSecondaryIndexes",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
if(data.stream !== undefined){
let data6 = data.stream;
if(!(((((data6 === false) || (data6 === "KEYS_ONLY")) || (data6 === "NEW_IMAGE")) || (data6 === "OLD_IMAGE")) || (data6 === "NEW_AND_OLD_IMAGES"))){
const err7 = {instancePath:instancePath+"/stream",schemaPath:"#/$defs/stream/enum",keyword:"enum",params:{allowedValues: schema54.enum},message:"must be equal to one of the allowed values",schema:schema54.enum,parentSchema:schema54,data:data6};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
}
if(data.ttl !== undefined){
if(!(validate47(data.ttl, {instancePath:instancePath+"/ttl",parentData:data,parentDataProperty:"ttl",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate47.errors : vErrors.concat(validate47.errors);
errors = vErrors.length;
}
}
if(data.pointInTimeRecovery !== undefined){
let data8 = data.pointInTimeRecovery;
const _errs15 = errors;
let valid4 = false;
const _errs16 = errors;
if(typeof data8 !== "boolean"){
const err8 = {instancePath:instancePath+"/pointInTimeRecovery",schemaPath:"#/$defs/pointInTimeRecovery/anyOf/0/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema57.anyOf[0].type,parentSchema:schema57.anyOf[0],data:data8};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
var _valid0 = _errs16 === errors;
valid4 = valid4 || _valid0;
const _errs18 = errors;
if(data8 && typeof data8 == "object" && !Array.isArray(data8)){
if(data8.enabled === undefined){
const err9 = {instancePath:instancePath+"/pointInTimeRecovery",schemaPath:"#/$defs/pointInTimeRecovery/anyOf/1/required",keyword:"required",params:{missingProperty: "enabled"},message:"must have required property '"+"enabled"+"'",schema:schema57.anyOf[1].required,parentSchema:schema57.anyOf[1],data:data8};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
for(const key1 in data8){
if(!((key1 === "enabled") || (key1 === "recoveryPeriodDays"))){
const err10 = {instancePath:instancePath+"/pointInTimeRecovery",schemaPath:"#/$defs/pointInTimeRecovery/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema57.anyOf[1],data:data8};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data8.enabled !== undefined){
let data9 = data8.enabled;
if(typeof data9 !== "boolean"){
const err11 = {instancePath:instancePath+"/pointInTimeRecovery/enabled",schemaPath:"#/$defs/pointInTimeRecovery/anyOf/1/properties/enabled/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema57.anyOf[1].properties.enabled.type,parentSchema:schema57.anyOf[1].properties.enabled,data:data9};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
if(data8.recoveryPeriodDays !== undefined){
let data10 = data8.recoveryPeriodDays;
if(!(((typeof data10 == "number") && (!(data10 % 1) && !isNaN(data10))) && (isFinite(data10)))){
const err12 = {instancePath:instancePath+"/pointInTimeRecovery/recoveryPeriodDays",schemaPath:"#/$defs/pointInTimeRecovery/anyOf/1/properties/recoveryPeriodDays/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema57.anyOf[1].properties.recoveryPeriodDays.type,parentSchema:schema57.anyOf[1].properties.recoveryPeriodDays,data:data10};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data10 == "number") && (isFinite(data10))){
if(data10 > 35 || isNaN(data10)){
const err13 = {instancePath:instancePath+"/pointInTimeRecovery/recoveryPeriodDays",schemaPath:"#/$defs/pointInTimeRecovery/anyOf/1/properties/recoveryPeriodDays/maximum",keyword:"maximum",params:{comparison: "<=", limit: 35},message:"must be <= 35",schema:35,parentSchema:schema57.anyOf[1].properties.recoveryPeriodDays,data:data10};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data10 < 1 || isNaN(data10)){
const err14 = {instancePath:instancePath+"/pointInTimeRecovery/recoveryPeriodDays",schemaPath:"#/$defs/pointInTimeRecovery/anyOf/1/properties/recoveryPeriodDays/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema57.anyOf[1].properties.recoveryPeriodDays,data:data10};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
}
}
else {
const err15 = {instancePath:instancePath+"/pointInTimeRecovery",schemaPath:"#/$defs/pointInTimeRecovery/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema57.anyOf[1].type,parentSchema:schema57.anyOf[1],data:data8};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
var _valid0 = _errs18 === errors;
valid4 = valid4 || _valid0;
if(!valid4){
const err16 = {instancePath:instancePath+"/pointInTimeRecovery",schemaPath:"#/$defs/pointInTimeRecovery/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema57.anyOf,parentSchema:schema57,data:data8};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
else {
errors = _errs15;
if(vErrors !== null){
if(_errs15){
vErrors.length = _errs15;
}
else {
vErrors = null;
}
}
}
}
if(data.deletionProtection !== undefined){
let data11 = data.deletionProtection;
if(typeof data11 !== "boolean"){
const err17 = {instancePath:instancePath+"/deletionProtection",schemaPath:"#/properties/deletionProtection/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.deletionProtection.type,parentSchema:schema31.properties.deletionProtection,data:data11};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.tableClass !== undefined){
let data12 = data.tableClass;
if(!((data12 === "STANDARD") || (data12 === "STANDARD_INFREQUENT_ACCESS"))){
const err18 = {instancePath:instancePath+"/tableClass",schemaPath:"#/properties/tableClass/enum",keyword:"enum",params:{allowedValues: schema31.properties.tableClass.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.tableClass.enum,parentSchema:schema31.properties.tableClass,data:data12};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.sse !== undefined){
let data13 = data.sse;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
if(data13.type === undefined){
const err19 = {instancePath:instancePath+"/sse",schemaPath:"#/$defs/sse/required",keyword:"required",params:{missingProperty: "type"},message:"must have required property '"+"type"+"'",schema:schema58.required,parentSchema:schema58,data:data13};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
for(const key2 in data13){
if(!((key2 === "type") || (key2 === "kmsKey"))){
const err20 = {instancePath:instancePath+"/sse",schemaPath:"#/$defs/sse/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key2},message:"must NOT have additional properties",schema:false,parentSchema:schema58,data:data13};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
if(data13.type !== undefined){
let data14 = data13.type;
if(!((data14 === "AWS_OWNED") || (data14 === "KMS"))){
const err21 = {instancePath:instancePath+"/sse/type",schemaPath:"#/$defs/sse/properties/type/enum",keyword:"enum",params:{allowedValues: schema58.properties.type.enum},message:"must be equal to one of the allowed values",schema:schema58.properties.type.enum,parentSchema:schema58.properties.type,data:data14};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data13.kmsKey !== undefined){
let data15 = data13.kmsKey;
if(typeof data15 === "string"){
if(func2(data15) > 2048){
const err22 = {instancePath:instancePath+"/sse/kmsKey",schemaPath:"#/$defs/sse/properties/kmsKey/maxLength",keyword:"maxLength",params:{limit: 2048},message:"must NOT have more than 2048 characters",schema:2048,parentSchema:schema58.properties.kmsKey,data:data15};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(func2(data15) < 1){
const err23 = {instancePath:instancePath+"/sse/kmsKey",schemaPath:"#/$defs/sse/properties/kmsKey/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema58.properties.kmsKey,data:data15};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
if(!pattern7.test(data15)){
const err24 = {instancePath:instancePath+"/sse/kmsKey",schemaPath:"#/$defs/sse/properties/kmsKey/pattern",keyword:"pattern",params:{pattern: "^(alias/[A-Za-z0-9/_-]+|arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:(key|alias)/[A-Za-z0-9/_-]+|(mrk-)?[0-9a-fA-F-]{32,36})$"},message:"must match pattern \""+"^(alias/[A-Za-z0-9/_-]+|arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:(key|alias)/[A-Za-z0-9/_-]+|(mrk-)?[0-9a-fA-F-]{32,36})$"+"\"",schema:"^(alias/[A-Za-z0-9/_-]+|arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:(key|alias)/[A-Za-z0-9/_-]+|(mrk-)?[0-9a-fA-F-]{32,36})$",parentSchema:schema58.properties.kmsKey,data:data15};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
else {
const err25 = {instancePath:instancePath+"/sse/kmsKey",schemaPath:"#/$defs/sse/properties/kmsKey/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema58.properties.kmsKey.type,parentSchema:schema58.properties.kmsKey,data:data15};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
}
}
else {
const err26 = {instancePath:instancePath+"/sse",schemaPath:"#/$defs/sse/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema58.type,parentSchema:schema58,data:data13};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
if(data.warmThroughput !== undefined){
let data16 = data.warmThroughput;
if(data16 && typeof data16 == "object" && !Array.isArray(data16)){
if(data16.read === undefined){
const err27 = {instancePath:instancePath+"/warmThroughput",schemaPath:"#/$defs/warmThroughput/required",keyword:"required",params:{missingProperty: "read"},message:"must have required property '"+"read"+"'",schema:schema50.required,parentSchema:schema50,data:data16};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
if(data16.write === undefined){
const err28 = {instancePath:instancePath+"/warmThroughput",schemaPath:"#/$defs/warmThroughput/required",keyword:"required",params:{missingProperty: "write"},message:"must have required property '"+"write"+"'",schema:schema50.required,parentSchema:schema50,data:data16};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
for(const key3 in data16){
if(!((key3 === "read") || (key3 === "write"))){
const err29 = {instancePath:instancePath+"/warmThroughput",schemaPath:"#/$defs/warmThroughput/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key3},message:"must NOT have additional properties",schema:false,parentSchema:schema50,data:data16};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
if(data16.read !== undefined){
let data17 = data16.read;
if(!(((typeof data17 == "number") && (!(data17 % 1) && !isNaN(data17))) && (isFinite(data17)))){
const err30 = {instancePath:instancePath+"/warmThroughput/read",schemaPath:"#/$defs/warmThroughput/properties/read/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.read.type,parentSchema:schema50.properties.read,data:data17};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
if((typeof data17 == "number") && (isFinite(data17))){
if(data17 > 9007199254740991 || isNaN(data17)){
const err31 = {instancePath:instancePath+"/warmThroughput/read",schemaPath:"#/$defs/warmThroughput/properties/read/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema50.properties.read,data:data17};
if(vErrors === null){
vErrors = [err31];
}
else {
vErrors.push(err31);
}
errors++;
}
if(data17 < 1 || isNaN(data17)){
const err32 = {instancePath:instancePath+"/warmThroughput/read",schemaPath:"#/$defs/warmThroughput/properties/read/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema50.properties.read,data:data17};
if(vErrors === null){
vErrors = [err32];
}
else {
vErrors.push(err32);
}
errors++;
}
}
}
if(data16.write !== undefined){
let data18 = data16.write;
if(!(((typeof data18 == "number") && (!(data18 % 1) && !isNaN(data18))) && (isFinite(data18)))){
const err33 = {instancePath:instancePath+"/warmThroughput/write",schemaPath:"#/$defs/warmThroughput/properties/write/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema50.properties.write.type,parentSchema:schema50.properties.write,data:data18};
if(vErrors === null){
vErrors = [err33];
}
else {
vErrors.push(err33);
}
errors++;
}
if((typeof data18 == "number") && (isFinite(data18))){
if(data18 > 9007199254740991 || isNaN(data18)){
const err34 = {instancePath:instancePath+"/warmThroughput/write",schemaPath:"#/$defs/warmThroughput/properties/write/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema50.properties.write,data:data18};
if(vErrors === null){
vErrors = [err34];
}
else {
vErrors.push(err34);
}
errors++;
}
if(data18 < 1 || isNaN(data18)){
const err35 = {instancePath:instancePath+"/warmThroughput/write",schemaPath:"#/$defs/warmThroughput/properties/write/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema50.properties.write,data:data18};
if(vErrors === null){
vErrors = [err35];
}
else {
vErrors.push(err35);
}
errors++;
}
}
}
}
else {
const err36 = {instancePath:instancePath+"/warmThroughput",schemaPath:"#/$defs/warmThroughput/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.type,parentSchema:schema50,data:data16};
if(vErrors === null){
vErrors = [err36];
}
else {
vErrors.push(err36);
}
errors++;
}
}
if(data.contributorInsights !== undefined){
let data19 = data.contributorInsights;
if(!((((data19 === false) || (data19 === true)) || (data19 === "ACCESSED_AND_THROTTLED_KEYS")) || (data19 === "THROTTLED_KEYS"))){
const err37 = {instancePath:instancePath+"/contributorInsights",schemaPath:"#/$defs/contributorInsights/enum",keyword:"enum",params:{allowedValues: schema51.enum},message:"must be equal to one of the allowed values",schema:schema51.enum,parentSchema:schema51,data:data19};
if(vErrors === null){
vErrors = [err37];
}
else {
vErrors.push(err37);
}
errors++;
}
}
if(data.resourcePolicy !== undefined){
let data20 = data.resourcePolicy;
if((!(data20 && typeof data20 == "object" && !Array.isArray(data20))) && (typeof data20 !== "string")){
const err38 = {instancePath:instancePath+"/resourcePolicy",schemaPath:"#/$defs/resourcePolicy/type",keyword:"type",params:{type: schema61.type},message:"must be object,string",schema:schema61.type,parentSchema:schema61,data:data20};
if(vErrors === null){
vErrors = [err38];
}
else {
vErrors.push(err38);
}
errors++;
}
if(typeof data20 === "string"){
if(func2(data20) < 1){
const err39 = {instancePath:instancePath+"/resourcePolicy",schemaPath:"#/$defs/resourcePolicy/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema61,data:data20};
if(vErrors === null){
vErrors = [err39];
}
else {
vErrors.push(err39);
}
errors++;
}
}
}
if(data.kinesisDestination !== undefined){
let data21 = data.kinesisDestination;
if(data21 && typeof data21 == "object" && !Array.isArray(data21)){
if(data21.streamArn === undefined){
const err40 = {instancePath:instancePath+"/kinesisDestination",schemaPath:"#/$defs/kinesisDestination/required",keyword:"required",params:{missingProperty: "streamArn"},message:"must have required property '"+"streamArn"+"'",schema:schema62.required,parentSchema:schema62,data:data21};
if(vErrors === null){
vErrors = [err40];
}
else {
vErrors.push(err40);
}
errors++;
}
for(const key4 in data21){
if(!((key4 === "streamArn") || (key4 === "precision"))){
const err41 = {instancePath:instancePath+"/kinesisDestination",schemaPath:"#/$defs/kinesisDestination/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema62,data:data21};
if(vErrors === null){
vErrors = [err41];
}
else {
vErrors.push(err41);
}
errors++;
}
}
if(data21.streamArn !== undefined){
let data22 = data21.streamArn;
if(typeof data22 === "string"){
if(!pattern8.test(data22)){
const err42 = {instancePath:instancePath+"/kinesisDestination/streamArn",schemaPath:"#/$defs/kinesisDestination/properties/streamArn/pattern",keyword:"pattern",params:{pattern: "^arn:aws[a-z-]*:kinesis:[a-z0-9-]+:[0-9]{12}:stream/[A-Za-z0-9_.-]{1,128}$"},message:"must match pattern \""+"^arn:aws[a-z-]*:kinesis:[a-z0-9-]+:[0-9]{12}:stream/[A-Za-z0-9_.-]{1,128}$"+"\"",schema:"^arn:aws[a-z-]*:kinesis:[a-z0-9-]+:[0-9]{12}:stream/[A-Za-z0-9_.-]{1,128}$",parentSchema:schema62.properties.streamArn,data:data22};
if(vErrors === null){
vErrors = [err42];
}
else {
vErrors.push(err42);
}
errors++;
}
}
else {
const err43 = {instancePath:instancePath+"/kinesisDestination/streamArn",schemaPath:"#/$defs/kinesisDestination/properties/streamArn/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema62.properties.streamArn.type,parentSchema:schema62.properties.streamArn,data:data22};
if(vErrors === null){
vErrors = [err43];
}
else {
vErrors.push(err43);
}
errors++;
}
}
if(data21.precision !== undefined){
let data23 = data21.precision;
if(!((data23 === "MILLISECOND") || (data23 === "MICROSECOND"))){
const err44 = {instancePath:instancePath+"/kinesisDestination/precision",schemaPath:"#/$defs/kinesisDestination/properties/precision/enum",keyword:"enum",params:{allowedValues: schema62.properties.precision.enum},message:"must be equal to one of the allowed values",schema:schema62.properties.precision.enum,parentSchema:schema62.properties.precision,data:data23};
if(vErrors === null){
vErrors = [err44];
}
else {
vErrors.push(err44);
}
errors++;
}
}
}
else {
const err45 = {instancePath:instancePath+"/kinesisDestination",schemaPath:"#/$defs/kinesisDestination/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema62.type,parentSchema:schema62,data:data21};
if(vErrors === null){
vErrors = [err45];
}
else {
vErrors.push(err45);
}
errors++;
}
}
if(data.tags !== undefined){
let data24 = data.tags;
if(data24 && typeof data24 == "object" && !Array.isArray(data24)){
if(Object.keys(data24).length > 50){
const err46 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties",schema:50,parentSchema:schema63,data:data24};
if(vErrors === null){
vErrors = [err46];
}
else {
vErrors.push(err46);
}
errors++;
}
for(const key5 in data24){
const _errs58 = errors;
if(typeof key5 === "string"){
if(func2(key5) > 128){
const err47 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/propertyNames/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema63.propertyNames,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err47];
}
else {
vErrors.push(err47);
}
errors++;
}
if(func2(key5) < 1){
const err48 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema63.propertyNames,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err48];
}
else {
vErrors.push(err48);
}
errors++;
}
if(!pattern9.test(key5)){
const err49 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(?![aA][wW][sS]:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"},message:"must match pattern \""+"^(?![aA][wW][sS]:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"+"\"",schema:"^(?![aA][wW][sS]:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$",parentSchema:schema63.propertyNames,data:key5,propertyName:key5};
if(vErrors === null){
vErrors = [err49];
}
else {
vErrors.push(err49);
}
errors++;
}
}
var valid15 = _errs58 === errors;
if(!valid15){
const err50 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/propertyNames",keyword:"propertyNames",params:{propertyName: key5},message:"property name must be valid",schema:schema63.propertyNames,parentSchema:schema63,data:data24};
if(vErrors === null){
vErrors = [err50];
}
else {
vErrors.push(err50);
}
errors++;
}
}
for(const key6 in data24){
let data25 = data24[key6];
if(typeof data25 === "string"){
if(func2(data25) > 256){
const err51 = {instancePath:instancePath+"/tags/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tags/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema63.additionalProperties,data:data25};
if(vErrors === null){
vErrors = [err51];
}
else {
vErrors.push(err51);
}
errors++;
}
if(!pattern10.test(data25)){
const err52 = {instancePath:instancePath+"/tags/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tags/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"},message:"must match pattern \""+"^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"+"\"",schema:"^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$",parentSchema:schema63.additionalProperties,data:data25};
if(vErrors === null){
vErrors = [err52];
}
else {
vErrors.push(err52);
}
errors++;
}
}
else {
const err53 = {instancePath:instancePath+"/tags/" + key6.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema63.additionalProperties.type,parentSchema:schema63.additionalProperties,data:data25};
if(vErrors === null){
vErrors = [err53];
}
else {
vErrors.push(err53);
}
errors++;
}
}
}
else {
const err54 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema63.type,parentSchema:schema63,data:data24};
if(vErrors === null){
vErrors = [err54];
}
else {
vErrors.push(err54);
}
errors++;
}
}
if(data.replicas !== undefined){
if(!(validate49(data.replicas, {instancePath:instancePath+"/replicas",parentData:data,parentDataProperty:"replicas",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate49.errors : vErrors.concat(validate49.errors);
errors = vErrors.length;
}
}
if(data.environments !== undefined){
let data27 = data.environments;
if(data27 && typeof data27 == "object" && !Array.isArray(data27)){
for(const key7 in data27){
const _errs65 = errors;
if(typeof key7 === "string"){
if(!pattern17.test(key7)){
const err55 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+$"+"\"",schema:"^[A-Za-z0-9_-]+$",parentSchema:schema31.properties.environments.propertyNames,data:key7,propertyName:key7};
if(vErrors === null){
vErrors = [err55];
}
else {
vErrors.push(err55);
}
errors++;
}
}
var valid17 = _errs65 === errors;
if(!valid17){
const err56 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames",keyword:"propertyNames",params:{propertyName: key7},message:"property name must be valid",schema:schema31.properties.environments.propertyNames,parentSchema:schema31.properties.environments,data:data27};
if(vErrors === null){
vErrors = [err56];
}
else {
vErrors.push(err56);
}
errors++;
}
}
for(const key8 in data27){
if(!(validate51(data27[key8], {instancePath:instancePath+"/environments/" + key8.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data27,parentDataProperty:key8,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate51.errors : vErrors.concat(validate51.errors);
errors = vErrors.length;
}
}
}
else {
const err57 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.environments.type,parentSchema:schema31.properties.environments,data:data27};
if(vErrors === null){
vErrors = [err57];
}
else {
vErrors.push(err57);
}
errors++;
}
}
}
else {
const err58 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err58];
}
else {
vErrors.push(err58);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const config = validate61;
const schema84 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://ddb-migrate.dev/schema/config.schema.json","title":"ddb-migrate project configuration","description":"ddb-migrate.yaml: named environments, chosen with --env NAME (or --local).","type":"object","additionalProperties":false,"properties":{"default":{"type":"string","description":"The environment used when no --env / --local / --endpoint-url is given."},"controlTable":{"type":"string","minLength":3,"maxLength":255,"pattern":"^[A-Za-z0-9_.-]+$","description":"Name of the control table (apply lock and history), created on first apply. Default ddb-migrate-state."},"requestTimeout":{"anyOf":[{"type":"string"},{"type":"number"}],"description":"How long one attempt of a call may take before it is retried, then reported: a duration (500ms, 30s, 1m) or a number of seconds, longer than zero. Default 10s for an endpoint on this machine, 30s otherwise. --request-timeout overrides it."},"localEngine":{"type":"object","additionalProperties":false,"description":"The embedded DynamoDB Local that --local starts in the background and keeps warm.","properties":{"idleTimeout":{"type":"string","pattern":"^(\\d+(\\.\\d+)?(ms|s|m|h))+$","description":"Stop the warm engine after this long without a command (e.g. 30m, 2h, 90s). Default 30m."}}},"environments":{"type":"object","description":"Named environments.","propertyNames":{"pattern":"^[A-Za-z0-9_-]+$","description":"Environment names: letters, digits, _ and -."},"additionalProperties":{"type":"object","additionalProperties":false,"properties":{"endpoint":{"type":"string","pattern":"^https?://[^\\s]+$","description":"DynamoDB endpoint URL (http:// or https://). Default: AWS's own."},"region":{"type":"string","minLength":1,"description":"AWS region. Default: AWS_REGION, AWS_DEFAULT_REGION, else us-east-1 (local targets: 'local')."},"profile":{"type":"string","minLength":1,"description":"AWS profile. Default: AWS_PROFILE, else the default credential chain."},"protected":{"type":"boolean","description":"Refuse reset and drop. Default false."},"fixtures":{"type":"boolean","description":"Load fixtures on apply and reset. Default: true when the endpoint actually used is on this machine (localhost, 127.0.0.1, ::1), else false."},"local":{"type":"boolean","description":"Behave like --local (localhost:8000 or the embedded engine). Default false."},"requestTimeout":{"anyOf":[{"type":"string"},{"type":"number"}],"description":"This environment's request timeout, over the top-level requestTimeout: a duration (500ms, 30s, 1m) or a number of seconds, longer than zero."}}}}}};
const pattern23 = new RegExp("^(\\d+(\\.\\d+)?(ms|s|m|h))+$", "u");
const pattern25 = new RegExp("^https?://[^\\s]+$", "u");

function validate61(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://ddb-migrate.dev/schema/config.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate61.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "default") || (key0 === "controlTable")) || (key0 === "requestTimeout")) || (key0 === "localEngine")) || (key0 === "environments"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema84,data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
}
if(data.default !== undefined){
let data0 = data.default;
if(typeof data0 !== "string"){
const err1 = {instancePath:instancePath+"/default",schemaPath:"#/properties/default/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.default.type,parentSchema:schema84.properties.default,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
}
if(data.controlTable !== undefined){
let data1 = data.controlTable;
if(typeof data1 === "string"){
if(func2(data1) > 255){
const err2 = {instancePath:instancePath+"/controlTable",schemaPath:"#/properties/controlTable/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema84.properties.controlTable,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data1) < 3){
const err3 = {instancePath:instancePath+"/controlTable",schemaPath:"#/properties/controlTable/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema84.properties.controlTable,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern4.test(data1)){
const err4 = {instancePath:instancePath+"/controlTable",schemaPath:"#/properties/controlTable/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema84.properties.controlTable,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
}
else {
const err5 = {instancePath:instancePath+"/controlTable",schemaPath:"#/properties/controlTable/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.controlTable.type,parentSchema:schema84.properties.controlTable,data:data1};
if(vErrors === null){
vErrors = [err5];
}
else {
vErrors.push(err5);
}
errors++;
}
}
if(data.requestTimeout !== undefined){
let data2 = data.requestTimeout;
const _errs7 = errors;
let valid1 = false;
const _errs8 = errors;
if(typeof data2 !== "string"){
const err6 = {instancePath:instancePath+"/requestTimeout",schemaPath:"#/properties/requestTimeout/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.requestTimeout.anyOf[0].type,parentSchema:schema84.properties.requestTimeout.anyOf[0],data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
var _valid0 = _errs8 === errors;
valid1 = valid1 || _valid0;
const _errs10 = errors;
if(!((typeof data2 == "number") && (isFinite(data2)))){
const err7 = {instancePath:instancePath+"/requestTimeout",schemaPath:"#/properties/requestTimeout/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema84.properties.requestTimeout.anyOf[1].type,parentSchema:schema84.properties.requestTimeout.anyOf[1],data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
var _valid0 = _errs10 === errors;
valid1 = valid1 || _valid0;
if(!valid1){
const err8 = {instancePath:instancePath+"/requestTimeout",schemaPath:"#/properties/requestTimeout/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema84.properties.requestTimeout.anyOf,parentSchema:schema84.properties.requestTimeout,data:data2};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
else {
errors = _errs7;
if(vErrors !== null){
if(_errs7){
vErrors.length = _errs7;
}
else {
vErrors = null;
}
}
}
}
if(data.localEngine !== undefined){
let data3 = data.localEngine;
if(data3 && typeof data3 == "object" && !Array.isArray(data3)){
for(const key1 in data3){
if(!(key1 === "idleTimeout")){
const err9 = {instancePath:instancePath+"/localEngine",schemaPath:"#/properties/localEngine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema84.properties.localEngine,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data3.idleTimeout !== undefined){
let data4 = data3.idleTimeout;
if(typeof data4 === "string"){
if(!pattern23.test(data4)){
const err10 = {instancePath:instancePath+"/localEngine/idleTimeout",schemaPath:"#/properties/localEngine/properties/idleTimeout/pattern",keyword:"pattern",params:{pattern: "^(\\d+(\\.\\d+)?(ms|s|m|h))+$"},message:"must match pattern \""+"^(\\d+(\\.\\d+)?(ms|s|m|h))+$"+"\"",schema:"^(\\d+(\\.\\d+)?(ms|s|m|h))+$",parentSchema:schema84.properties.localEngine.properties.idleTimeout,data:data4};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
else {
const err11 = {instancePath:instancePath+"/localEngine/idleTimeout",schemaPath:"#/properties/localEngine/properties/idleTimeout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.localEngine.properties.idleTimeout.type,parentSchema:schema84.properties.localEngine.properties.idleTimeout,data:data4};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
}
}
else {
const err12 = {instancePath:instancePath+"/localEngine",schemaPath:"#/properties/localEngine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema84.properties.localEngine.type,parentSchema:schema84.properties.localEngine,data:data3};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
}
if(data.environments !== undefined){
let data5 = data.environments;
if(data5 && typeof data5 == "object" && !Array.isArray(data5)){
for(const key2 in data5){
const _errs19 = errors;
if(typeof key2 === "string"){
if(!pattern17.test(key2)){
const err13 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+$"+"\"",schema:"^[A-Za-z0-9_-]+$",parentSchema:schema84.properties.environments.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
}
var valid3 = _errs19 === errors;
if(!valid3){
const err14 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema84.properties.environments.propertyNames,parentSchema:schema84.properties.environments,data:data5};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
for(const key3 in data5){
let data6 = data5[key3];
if(data6 && typeof data6 == "object" && !Array.isArray(data6)){
for(const key4 in data6){
if(!(((((((key4 === "endpoint") || (key4 === "region")) || (key4 === "profile")) || (key4 === "protected")) || (key4 === "fixtures")) || (key4 === "local")) || (key4 === "requestTimeout"))){
const err15 = {instancePath:instancePath+"/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environments/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema84.properties.environments.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data6.endpoint !== undefined){
let data7 = data6.endpoint;
if(typeof data7 === "string"){
if(!pattern25.test(data7)){
const err16 = {instancePath:instancePath+"/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/endpoint",schemaPath:"#/properties/environments/additionalProperties/properties/endpoint/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema84.properties.environments.additionalProperties.properties.endpoint,data:data7};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
else {
const err17 = {instancePath:instancePath+"/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/endpoint",schemaPath:"#/properties/environments/additionalProperties/properties/endpoint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.environments.additionalProperties.properties.endpoint.type,parentSchema:schema84.properties.environments.additionalProperties.properties.endpoint,data:data7};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data6.region !== undefined){
let data8 = data6.region;
if(typeof data8 === "string"){
if(func2(data8) < 1){
const err18 = {instancePath:instancePath+"/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/region",schemaPath:"#/properties/environments/additionalProperties/properties/region/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema84.properties.environments.additionalProperties.properties.region,data:data8};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
else {
const err19 = {instancePath:instancePath+"/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/region",schemaPath:"#/properties/environments/additionalProperties/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.environments.additionalProperties.properties.region.type,parentSchema:schema84.properties.environments.additionalProperties.properties.region,data:data8};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data6.profile !== undefined){
let data9 = data6.profile;
if(typeof data9 === "string"){
if(func2(data9) < 1){
const err20 = {instancePath:instancePath+"/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/profile",schemaPath:"#/properties/environments/additionalProperties/properties/profile/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema84.properties.environments.additionalProperties.properties.profile,data:data9};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
else {
const err21 = {instancePath:instancePath+"/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/profile",schemaPath:"#/properties/environments/additionalProperties/properties/profile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.environments.additionalProperties.properties.profile.type,parentSchema:schema84.properties.environments.additionalProperties.properties.profile,data:data9};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
if(data6.protected !== undefined){
let data10 = data6.protected;
if(typeof data10 !== "boolean"){
const err22 = {instancePath:instancePath+"/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/protected",schemaPath:"#/properties/environments/additionalProperties/properties/protected/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema84.properties.environments.additionalProperties.properties.protected.type,parentSchema:schema84.properties.environments.additionalProperties.properties.protected,data:data10};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
if(data6.fixtures !== undefined){
let data11 = data6.fixtures;
if(typeof data11 !== "boolean"){
const err23 = {instancePath:instancePath+"/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/fixtures",schemaPath:"#/properties/environments/additionalProperties/properties/fixtures/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema84.properties.environments.additionalProperties.properties.fixtures.type,parentSchema:schema84.properties.environments.additionalProperties.properties.fixtures,data:data11};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
if(data6.local !== undefined){
let data12 = data6.local;
if(typeof data12 !== "boolean"){
const err24 = {instancePath:instancePath+"/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/local",schemaPath:"#/properties/environments/additionalProperties/properties/local/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema84.properties.environments.additionalProperties.properties.local.type,parentSchema:schema84.properties.environments.additionalProperties.properties.local,data:data12};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
if(data6.requestTimeout !== undefined){
let data13 = data6.requestTimeout;
const _errs37 = errors;
let valid6 = false;
const _errs38 = errors;
if(typeof data13 !== "string"){
const err25 = {instancePath:instancePath+"/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/requestTimeout",schemaPath:"#/properties/environments/additionalProperties/properties/requestTimeout/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema84.properties.environments.additionalProperties.properties.requestTimeout.anyOf[0].type,parentSchema:schema84.properties.environments.additionalProperties.properties.requestTimeout.anyOf[0],data:data13};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
var _valid1 = _errs38 === errors;
valid6 = valid6 || _valid1;
const _errs40 = errors;
if(!((typeof data13 == "number") && (isFinite(data13)))){
const err26 = {instancePath:instancePath+"/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/requestTimeout",schemaPath:"#/properties/environments/additionalProperties/properties/requestTimeout/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema84.properties.environments.additionalProperties.properties.requestTimeout.anyOf[1].type,parentSchema:schema84.properties.environments.additionalProperties.properties.requestTimeout.anyOf[1],data:data13};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
var _valid1 = _errs40 === errors;
valid6 = valid6 || _valid1;
if(!valid6){
const err27 = {instancePath:instancePath+"/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/requestTimeout",schemaPath:"#/properties/environments/additionalProperties/properties/requestTimeout/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema84.properties.environments.additionalProperties.properties.requestTimeout.anyOf,parentSchema:schema84.properties.environments.additionalProperties.properties.requestTimeout,data:data13};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
else {
errors = _errs37;
if(vErrors !== null){
if(_errs37){
vErrors.length = _errs37;
}
else {
vErrors = null;
}
}
}
}
}
else {
const err28 = {instancePath:instancePath+"/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environments/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema84.properties.environments.additionalProperties.type,parentSchema:schema84.properties.environments.additionalProperties,data:data6};
if(vErrors === null){
vErrors = [err28];
}
else {
vErrors.push(err28);
}
errors++;
}
}
}
else {
const err29 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema84.properties.environments.type,parentSchema:schema84.properties.environments,data:data5};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
}
}
else {
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema84.type,parentSchema:schema84,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate61.errors = vErrors;
return errors === 0;
}
validate61.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
