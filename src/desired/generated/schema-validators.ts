// @ts-nocheck
/* eslint-disable */
// GENERATED from schema/table.schema.json and schema/config.schema.json by
// test/desired/generate-validators.ts. Do not edit: change the schema, then run
// UPDATE_GENERATED=1 npx mocha test/desired/generated-validators.test.ts
import * as runtime0Module from 'ajv/dist/runtime/ucs2length.js';
function interop(m) { const d = m.default; return d && typeof d === "object" && "default" in d ? d : { default: d }; }
const runtime0 = interop(runtime0Module);
export const table = validate20;
const schema31 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://ddb-migrate.dev/schema/table.schema.json","title":"ddb-migrate table","description":"One DynamoDB table (tables/<table>.yaml). Fields left out take the documented defaults. Cross-field rules (key types, index limits, billing vs capacity) are checked by `ddb-migrate validate`.","type":"object","additionalProperties":false,"required":["table","partitionKey"],"properties":{"table":{"$ref":"#/$defs/name","description":"The table name: 3-255 characters of A-Z a-z 0-9 _ . - (by convention the file name without .yaml)."},"partitionKey":{"$ref":"#/$defs/keyAttribute","description":"The table's partition (HASH) key."},"sortKey":{"$ref":"#/$defs/keyAttribute","description":"The table's sort (RANGE) key. Optional."},"billing":{"$ref":"#/$defs/billing"},"globalSecondaryIndexes":{"$ref":"#/$defs/globalSecondaryIndexes"},"localSecondaryIndexes":{"$ref":"#/$defs/localSecondaryIndexes"},"stream":{"$ref":"#/$defs/stream"},"ttl":{"$ref":"#/$defs/ttl"},"pointInTimeRecovery":{"type":"boolean","description":"Point-in-time recovery (continuous backups). Default false."},"deletionProtection":{"type":"boolean","description":"Refuse DeleteTable while true. Default false."},"tableClass":{"enum":["STANDARD","STANDARD_INFREQUENT_ACCESS"],"description":"Table class. Default STANDARD."},"tags":{"$ref":"#/$defs/tags"},"environments":{"type":"object","description":"Per-environment overrides (environment names from ddb-migrate.yaml), deep-merged over the fields above. Lists replace; a billing with a mode replaces the base billing.","propertyNames":{"pattern":"^[A-Za-z0-9_-]+$","description":"Environment names: letters, digits, _ and -."},"additionalProperties":{"$ref":"#/$defs/overrides"}}},"$defs":{"name":{"type":"string","minLength":3,"maxLength":255,"pattern":"^[A-Za-z0-9_.-]+$","description":"3-255 characters of A-Z a-z 0-9 _ . -"},"attributeName":{"type":"string","minLength":1,"maxLength":255,"description":"A top-level attribute name, 1-255 characters."},"keyAttribute":{"type":"object","additionalProperties":false,"required":["name","type"],"properties":{"name":{"$ref":"#/$defs/attributeName"},"type":{"enum":["S","N","B"],"description":"S (string), N (number) or B (binary)."}}},"indexKey":{"description":"A global secondary index key: one { name, type }, or a list of 1-4 of them in order (a multi-attribute key; the order is part of the key).","anyOf":[{"$ref":"#/$defs/keyAttribute"},{"type":"array","minItems":1,"maxItems":4,"items":{"$ref":"#/$defs/keyAttribute"}}]},"capacityUnits":{"type":"integer","minimum":1,"maximum":9007199254740991,"description":"A positive whole number of capacity units (above 40,000, the default per-table quota, validate warns)."},"billing":{"type":"object","description":"PROVISIONED with read and write, or PAY_PER_REQUEST with optional maxRead / maxWrite. Default: PAY_PER_REQUEST, no maximums.","additionalProperties":false,"required":["mode"],"properties":{"mode":{"enum":["PROVISIONED","PAY_PER_REQUEST"]},"read":{"$ref":"#/$defs/capacityUnits","description":"Read capacity units (PROVISIONED only)."},"write":{"$ref":"#/$defs/capacityUnits","description":"Write capacity units (PROVISIONED only)."},"maxRead":{"$ref":"#/$defs/capacityUnits","description":"Maximum read request units (PAY_PER_REQUEST only). Default: no maximum."},"maxWrite":{"$ref":"#/$defs/capacityUnits","description":"Maximum write request units (PAY_PER_REQUEST only). Default: no maximum."}}},"projection":{"description":"ALL, KEYS_ONLY, or { include: [attribute, ...] }. Default ALL.","anyOf":[{"enum":["ALL","KEYS_ONLY"]},{"type":"object","additionalProperties":false,"required":["include"],"properties":{"include":{"type":"array","description":"Non-key attributes to project (at most 100 over all indexes).","items":{"$ref":"#/$defs/attributeName"}}}}]},"globalSecondaryIndexes":{"type":"array","description":"Global secondary indexes (default quota: 20).","items":{"type":"object","additionalProperties":false,"required":["name","partitionKey"],"properties":{"name":{"$ref":"#/$defs/name"},"partitionKey":{"$ref":"#/$defs/indexKey"},"sortKey":{"$ref":"#/$defs/indexKey"},"projection":{"$ref":"#/$defs/projection"},"read":{"$ref":"#/$defs/capacityUnits","description":"PROVISIONED tables only. Default: the table's read."},"write":{"$ref":"#/$defs/capacityUnits","description":"PROVISIONED tables only. Default: the table's write."}}}},"localSecondaryIndexes":{"type":"array","description":"Local secondary indexes (at most 5; the table needs a sort key). Created with the table only.","items":{"type":"object","additionalProperties":false,"required":["name","sortKey"],"properties":{"name":{"$ref":"#/$defs/name"},"partitionKey":{"$ref":"#/$defs/keyAttribute","description":"Optional: always the table's partition key."},"sortKey":{"$ref":"#/$defs/keyAttribute"},"projection":{"$ref":"#/$defs/projection"}}}},"stream":{"description":"DynamoDB stream view type, or false for no stream. Default false.","enum":[false,"KEYS_ONLY","NEW_IMAGE","OLD_IMAGE","NEW_AND_OLD_IMAGES"]},"ttl":{"description":"Time to live: { attribute: name } (a top-level Number attribute in epoch seconds), or false for off. Default off.","anyOf":[{"const":false},{"type":"object","additionalProperties":false,"required":["attribute"],"properties":{"attribute":{"$ref":"#/$defs/attributeName"}}}]},"tags":{"type":"object","description":"Tags: at most 50; keys 1-128 characters without the aws: prefix, values 0-256 characters (letters, digits, spaces and + - = . _ : / @). Default {}.","maxProperties":50,"propertyNames":{"minLength":1,"maxLength":128,"pattern":"^(?![aA][wW][sS]:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$","description":"Tag keys: 1-128 characters (letters, digits, spaces and + - = . _ : / @), not starting with aws:."},"additionalProperties":{"type":"string","maxLength":256,"pattern":"^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$","description":"Tag values: strings of 0-256 characters (letters, digits, spaces and + - = . _ : / @)."}},"overrides":{"type":"object","description":"Fields to override in this environment (any table field except table and environments).","additionalProperties":false,"properties":{"partitionKey":{"$ref":"#/$defs/keyAttribute"},"sortKey":{"$ref":"#/$defs/keyAttribute"},"billing":{"type":"object","description":"With a mode: replaces the base billing. Without: merged into it.","additionalProperties":false,"properties":{"mode":{"enum":["PROVISIONED","PAY_PER_REQUEST"]},"read":{"$ref":"#/$defs/capacityUnits"},"write":{"$ref":"#/$defs/capacityUnits"},"maxRead":{"$ref":"#/$defs/capacityUnits"},"maxWrite":{"$ref":"#/$defs/capacityUnits"}}},"globalSecondaryIndexes":{"$ref":"#/$defs/globalSecondaryIndexes"},"localSecondaryIndexes":{"$ref":"#/$defs/localSecondaryIndexes"},"stream":{"$ref":"#/$defs/stream"},"ttl":{"$ref":"#/$defs/ttl"},"pointInTimeRecovery":{"type":"boolean"},"deletionProtection":{"type":"boolean"},"tableClass":{"enum":["STANDARD","STANDARD_INFREQUENT_ACCESS"]},"tags":{"$ref":"#/$defs/tags"}}}}};
const schema32 = {"type":"string","minLength":3,"maxLength":255,"pattern":"^[A-Za-z0-9_.-]+$","description":"3-255 characters of A-Z a-z 0-9 _ . -"};
const schema49 = {"description":"DynamoDB stream view type, or false for no stream. Default false.","enum":[false,"KEYS_ONLY","NEW_IMAGE","OLD_IMAGE","NEW_AND_OLD_IMAGES"]};
const schema52 = {"type":"object","description":"Tags: at most 50; keys 1-128 characters without the aws: prefix, values 0-256 characters (letters, digits, spaces and + - = . _ : / @). Default {}.","maxProperties":50,"propertyNames":{"minLength":1,"maxLength":128,"pattern":"^(?![aA][wW][sS]:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$","description":"Tag keys: 1-128 characters (letters, digits, spaces and + - = . _ : / @), not starting with aws:."},"additionalProperties":{"type":"string","maxLength":256,"pattern":"^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$","description":"Tag values: strings of 0-256 characters (letters, digits, spaces and + - = . _ : / @)."}};
const func1 = Object.prototype.hasOwnProperty;
const func2 = runtime0.default;
const pattern4 = new RegExp("^[A-Za-z0-9_.-]+$", "u");
const pattern7 = new RegExp("^(?![aA][wW][sS]:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$", "u");
const pattern8 = new RegExp("^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$", "u");
const pattern9 = new RegExp("^[A-Za-z0-9_-]+$", "u");
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

const schema35 = {"type":"object","description":"PROVISIONED with read and write, or PAY_PER_REQUEST with optional maxRead / maxWrite. Default: PAY_PER_REQUEST, no maximums.","additionalProperties":false,"required":["mode"],"properties":{"mode":{"enum":["PROVISIONED","PAY_PER_REQUEST"]},"read":{"$ref":"#/$defs/capacityUnits","description":"Read capacity units (PROVISIONED only)."},"write":{"$ref":"#/$defs/capacityUnits","description":"Write capacity units (PROVISIONED only)."},"maxRead":{"$ref":"#/$defs/capacityUnits","description":"Maximum read request units (PAY_PER_REQUEST only). Default: no maximum."},"maxWrite":{"$ref":"#/$defs/capacityUnits","description":"Maximum write request units (PAY_PER_REQUEST only). Default: no maximum."}}};
const schema36 = {"type":"integer","minimum":1,"maximum":9007199254740991,"description":"A positive whole number of capacity units (above 40,000, the default per-table quota, validate warns)."};

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
let data1 = data.read;
if(!(((typeof data1 == "number") && (!(data1 % 1) && !isNaN(data1))) && (isFinite(data1)))){
const err3 = {instancePath:instancePath+"/read",schemaPath:"#/$defs/capacityUnits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.type,parentSchema:schema36,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data1 == "number") && (isFinite(data1))){
if(data1 > 9007199254740991 || isNaN(data1)){
const err4 = {instancePath:instancePath+"/read",schemaPath:"#/$defs/capacityUnits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema36,data:data1};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data1 < 1 || isNaN(data1)){
const err5 = {instancePath:instancePath+"/read",schemaPath:"#/$defs/capacityUnits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36,data:data1};
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
if(data.write !== undefined){
let data2 = data.write;
if(!(((typeof data2 == "number") && (!(data2 % 1) && !isNaN(data2))) && (isFinite(data2)))){
const err6 = {instancePath:instancePath+"/write",schemaPath:"#/$defs/capacityUnits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.type,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data2 == "number") && (isFinite(data2))){
if(data2 > 9007199254740991 || isNaN(data2)){
const err7 = {instancePath:instancePath+"/write",schemaPath:"#/$defs/capacityUnits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema36,data:data2};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data2 < 1 || isNaN(data2)){
const err8 = {instancePath:instancePath+"/write",schemaPath:"#/$defs/capacityUnits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36,data:data2};
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
if(data.maxRead !== undefined){
let data3 = data.maxRead;
if(!(((typeof data3 == "number") && (!(data3 % 1) && !isNaN(data3))) && (isFinite(data3)))){
const err9 = {instancePath:instancePath+"/maxRead",schemaPath:"#/$defs/capacityUnits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.type,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data3 == "number") && (isFinite(data3))){
if(data3 > 9007199254740991 || isNaN(data3)){
const err10 = {instancePath:instancePath+"/maxRead",schemaPath:"#/$defs/capacityUnits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema36,data:data3};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data3 < 1 || isNaN(data3)){
const err11 = {instancePath:instancePath+"/maxRead",schemaPath:"#/$defs/capacityUnits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36,data:data3};
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
if(data.maxWrite !== undefined){
let data4 = data.maxWrite;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err12 = {instancePath:instancePath+"/maxWrite",schemaPath:"#/$defs/capacityUnits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.type,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
const err13 = {instancePath:instancePath+"/maxWrite",schemaPath:"#/$defs/capacityUnits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err14 = {instancePath:instancePath+"/maxWrite",schemaPath:"#/$defs/capacityUnits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36,data:data4};
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
const err15 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema35.type,parentSchema:schema35,data};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
validate24.errors = vErrors;
return errors === 0;
}
validate24.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

const schema40 = {"type":"array","description":"Global secondary indexes (default quota: 20).","items":{"type":"object","additionalProperties":false,"required":["name","partitionKey"],"properties":{"name":{"$ref":"#/$defs/name"},"partitionKey":{"$ref":"#/$defs/indexKey"},"sortKey":{"$ref":"#/$defs/indexKey"},"projection":{"$ref":"#/$defs/projection"},"read":{"$ref":"#/$defs/capacityUnits","description":"PROVISIONED tables only. Default: the table's read."},"write":{"$ref":"#/$defs/capacityUnits","description":"PROVISIONED tables only. Default: the table's write."}}}};
const schema42 = {"description":"A global secondary index key: one { name, type }, or a list of 1-4 of them in order (a multi-attribute key; the order is part of the key).","anyOf":[{"$ref":"#/$defs/keyAttribute"},{"type":"array","minItems":1,"maxItems":4,"items":{"$ref":"#/$defs/keyAttribute"}}]};

function validate27(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate27.evaluated;
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
const err0 = {instancePath,schemaPath:"#/anyOf/1/maxItems",keyword:"maxItems",params:{limit: 4},message:"must NOT have more than 4 items",schema:4,parentSchema:schema42.anyOf[1],data};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data.length < 1){
const err1 = {instancePath,schemaPath:"#/anyOf/1/minItems",keyword:"minItems",params:{limit: 1},message:"must NOT have fewer than 1 items",schema:1,parentSchema:schema42.anyOf[1],data};
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
const err2 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema42.anyOf[1].type,parentSchema:schema42.anyOf[1],data};
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
const err3 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema42.anyOf,parentSchema:schema42,data};
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
validate27.errors = vErrors;
evaluated0.props = props0;
evaluated0.items = items0;
return errors === 0;
}
validate27.evaluated = {"dynamicProps":true,"dynamicItems":true};

const schema43 = {"description":"ALL, KEYS_ONLY, or { include: [attribute, ...] }. Default ALL.","anyOf":[{"enum":["ALL","KEYS_ONLY"]},{"type":"object","additionalProperties":false,"required":["include"],"properties":{"include":{"type":"array","description":"Non-key attributes to project (at most 100 over all indexes).","items":{"$ref":"#/$defs/attributeName"}}}}]};

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
if(!((data === "ALL") || (data === "KEYS_ONLY"))){
const err0 = {instancePath,schemaPath:"#/anyOf/0/enum",keyword:"enum",params:{allowedValues: schema43.anyOf[0].enum},message:"must be equal to one of the allowed values",schema:schema43.anyOf[0].enum,parentSchema:schema43.anyOf[0],data};
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
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "include"},message:"must have required property '"+"include"+"'",schema:schema43.anyOf[1].required,parentSchema:schema43.anyOf[1],data};
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
const err2 = {instancePath,schemaPath:"#/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema43.anyOf[1],data};
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
const err6 = {instancePath:instancePath+"/include",schemaPath:"#/anyOf/1/properties/include/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema43.anyOf[1].properties.include.type,parentSchema:schema43.anyOf[1].properties.include,data:data0};
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
const err7 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema43.anyOf[1].type,parentSchema:schema43.anyOf[1],data};
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
const err8 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema43.anyOf,parentSchema:schema43,data};
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
validate32.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate32.evaluated = {"dynamicProps":true,"dynamicItems":false};


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
if(Array.isArray(data)){
const len0 = data.length;
for(let i0=0; i0<len0; i0++){
let data0 = data[i0];
if(data0 && typeof data0 == "object" && !Array.isArray(data0)){
if(data0.name === undefined){
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema40.items.required,parentSchema:schema40.items,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.partitionKey === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "partitionKey"},message:"must have required property '"+"partitionKey"+"'",schema:schema40.items.required,parentSchema:schema40.items,data:data0};
if(vErrors === null){
vErrors = [err1];
}
else {
vErrors.push(err1);
}
errors++;
}
for(const key0 in data0){
if(!((((((key0 === "name") || (key0 === "partitionKey")) || (key0 === "sortKey")) || (key0 === "projection")) || (key0 === "read")) || (key0 === "write"))){
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema40.items,data:data0};
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
if(!(validate27(data0.partitionKey, {instancePath:instancePath+"/" + i0+"/partitionKey",parentData:data0,parentDataProperty:"partitionKey",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
if(data0.sortKey !== undefined){
if(!(validate27(data0.sortKey, {instancePath:instancePath+"/" + i0+"/sortKey",parentData:data0,parentDataProperty:"sortKey",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate27.errors : vErrors.concat(validate27.errors);
errors = vErrors.length;
}
}
if(data0.projection !== undefined){
if(!(validate32(data0.projection, {instancePath:instancePath+"/" + i0+"/projection",parentData:data0,parentDataProperty:"projection",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
if(data0.read !== undefined){
let data5 = data0.read;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err7 = {instancePath:instancePath+"/" + i0+"/read",schemaPath:"#/$defs/capacityUnits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.type,parentSchema:schema36,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 9007199254740991 || isNaN(data5)){
const err8 = {instancePath:instancePath+"/" + i0+"/read",schemaPath:"#/$defs/capacityUnits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema36,data:data5};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err9 = {instancePath:instancePath+"/" + i0+"/read",schemaPath:"#/$defs/capacityUnits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36,data:data5};
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
if(data0.write !== undefined){
let data6 = data0.write;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err10 = {instancePath:instancePath+"/" + i0+"/write",schemaPath:"#/$defs/capacityUnits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.type,parentSchema:schema36,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 9007199254740991 || isNaN(data6)){
const err11 = {instancePath:instancePath+"/" + i0+"/write",schemaPath:"#/$defs/capacityUnits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema36,data:data6};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err12 = {instancePath:instancePath+"/" + i0+"/write",schemaPath:"#/$defs/capacityUnits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36,data:data6};
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
}
else {
const err13 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema40.items.type,parentSchema:schema40.items,data:data0};
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
else {
const err14 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema40.type,parentSchema:schema40,data};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
validate26.errors = vErrors;
return errors === 0;
}
validate26.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema47 = {"type":"array","description":"Local secondary indexes (at most 5; the table needs a sort key). Created with the table only.","items":{"type":"object","additionalProperties":false,"required":["name","sortKey"],"properties":{"name":{"$ref":"#/$defs/name"},"partitionKey":{"$ref":"#/$defs/keyAttribute","description":"Optional: always the table's partition key."},"sortKey":{"$ref":"#/$defs/keyAttribute"},"projection":{"$ref":"#/$defs/projection"}}}};

function validate35(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate35.evaluated;
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
const err0 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "name"},message:"must have required property '"+"name"+"'",schema:schema47.items.required,parentSchema:schema47.items,data:data0};
if(vErrors === null){
vErrors = [err0];
}
else {
vErrors.push(err0);
}
errors++;
}
if(data0.sortKey === undefined){
const err1 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/required",keyword:"required",params:{missingProperty: "sortKey"},message:"must have required property '"+"sortKey"+"'",schema:schema47.items.required,parentSchema:schema47.items,data:data0};
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
const err2 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema47.items,data:data0};
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
if(!(validate32(data0.projection, {instancePath:instancePath+"/" + i0+"/projection",parentData:data0,parentDataProperty:"projection",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate32.errors : vErrors.concat(validate32.errors);
errors = vErrors.length;
}
}
}
else {
const err7 = {instancePath:instancePath+"/" + i0,schemaPath:"#/items/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema47.items.type,parentSchema:schema47.items,data:data0};
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
const err8 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "array"},message:"must be array",schema:schema47.type,parentSchema:schema47,data};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
validate35.errors = vErrors;
return errors === 0;
}
validate35.evaluated = {"items":true,"dynamicProps":false,"dynamicItems":false};

const schema50 = {"description":"Time to live: { attribute: name } (a top-level Number attribute in epoch seconds), or false for off. Default off.","anyOf":[{"const":false},{"type":"object","additionalProperties":false,"required":["attribute"],"properties":{"attribute":{"$ref":"#/$defs/attributeName"}}}]};

function validate40(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
let vErrors = null;
let errors = 0;
const evaluated0 = validate40.evaluated;
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
const err0 = {instancePath,schemaPath:"#/anyOf/0/const",keyword:"const",params:{allowedValue: false},message:"must be equal to constant",schema:false,parentSchema:schema50.anyOf[0],data};
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
const err1 = {instancePath,schemaPath:"#/anyOf/1/required",keyword:"required",params:{missingProperty: "attribute"},message:"must have required property '"+"attribute"+"'",schema:schema50.anyOf[1].required,parentSchema:schema50.anyOf[1],data};
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
const err2 = {instancePath,schemaPath:"#/anyOf/1/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema50.anyOf[1],data};
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
const err6 = {instancePath,schemaPath:"#/anyOf/1/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema50.anyOf[1].type,parentSchema:schema50.anyOf[1],data};
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
const err7 = {instancePath,schemaPath:"#/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema50.anyOf,parentSchema:schema50,data};
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
validate40.errors = vErrors;
evaluated0.props = props0;
return errors === 0;
}
validate40.evaluated = {"dynamicProps":true,"dynamicItems":false};

const schema53 = {"type":"object","description":"Fields to override in this environment (any table field except table and environments).","additionalProperties":false,"properties":{"partitionKey":{"$ref":"#/$defs/keyAttribute"},"sortKey":{"$ref":"#/$defs/keyAttribute"},"billing":{"type":"object","description":"With a mode: replaces the base billing. Without: merged into it.","additionalProperties":false,"properties":{"mode":{"enum":["PROVISIONED","PAY_PER_REQUEST"]},"read":{"$ref":"#/$defs/capacityUnits"},"write":{"$ref":"#/$defs/capacityUnits"},"maxRead":{"$ref":"#/$defs/capacityUnits"},"maxWrite":{"$ref":"#/$defs/capacityUnits"}}},"globalSecondaryIndexes":{"$ref":"#/$defs/globalSecondaryIndexes"},"localSecondaryIndexes":{"$ref":"#/$defs/localSecondaryIndexes"},"stream":{"$ref":"#/$defs/stream"},"ttl":{"$ref":"#/$defs/ttl"},"pointInTimeRecovery":{"type":"boolean"},"deletionProtection":{"type":"boolean"},"tableClass":{"enum":["STANDARD","STANDARD_INFREQUENT_ACCESS"]},"tags":{"$ref":"#/$defs/tags"}}};

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
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(func1.call(schema53.properties, key0))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema53,data};
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
const err1 = {instancePath:instancePath+"/billing",schemaPath:"#/properties/billing/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema53.properties.billing,data:data2};
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
const err2 = {instancePath:instancePath+"/billing/mode",schemaPath:"#/properties/billing/properties/mode/enum",keyword:"enum",params:{allowedValues: schema53.properties.billing.properties.mode.enum},message:"must be equal to one of the allowed values",schema:schema53.properties.billing.properties.mode.enum,parentSchema:schema53.properties.billing.properties.mode,data:data3};
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
let data4 = data2.read;
if(!(((typeof data4 == "number") && (!(data4 % 1) && !isNaN(data4))) && (isFinite(data4)))){
const err3 = {instancePath:instancePath+"/billing/read",schemaPath:"#/$defs/capacityUnits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.type,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if((typeof data4 == "number") && (isFinite(data4))){
if(data4 > 9007199254740991 || isNaN(data4)){
const err4 = {instancePath:instancePath+"/billing/read",schemaPath:"#/$defs/capacityUnits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema36,data:data4};
if(vErrors === null){
vErrors = [err4];
}
else {
vErrors.push(err4);
}
errors++;
}
if(data4 < 1 || isNaN(data4)){
const err5 = {instancePath:instancePath+"/billing/read",schemaPath:"#/$defs/capacityUnits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36,data:data4};
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
if(data2.write !== undefined){
let data5 = data2.write;
if(!(((typeof data5 == "number") && (!(data5 % 1) && !isNaN(data5))) && (isFinite(data5)))){
const err6 = {instancePath:instancePath+"/billing/write",schemaPath:"#/$defs/capacityUnits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.type,parentSchema:schema36,data:data5};
if(vErrors === null){
vErrors = [err6];
}
else {
vErrors.push(err6);
}
errors++;
}
if((typeof data5 == "number") && (isFinite(data5))){
if(data5 > 9007199254740991 || isNaN(data5)){
const err7 = {instancePath:instancePath+"/billing/write",schemaPath:"#/$defs/capacityUnits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema36,data:data5};
if(vErrors === null){
vErrors = [err7];
}
else {
vErrors.push(err7);
}
errors++;
}
if(data5 < 1 || isNaN(data5)){
const err8 = {instancePath:instancePath+"/billing/write",schemaPath:"#/$defs/capacityUnits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36,data:data5};
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
if(data2.maxRead !== undefined){
let data6 = data2.maxRead;
if(!(((typeof data6 == "number") && (!(data6 % 1) && !isNaN(data6))) && (isFinite(data6)))){
const err9 = {instancePath:instancePath+"/billing/maxRead",schemaPath:"#/$defs/capacityUnits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.type,parentSchema:schema36,data:data6};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
if((typeof data6 == "number") && (isFinite(data6))){
if(data6 > 9007199254740991 || isNaN(data6)){
const err10 = {instancePath:instancePath+"/billing/maxRead",schemaPath:"#/$defs/capacityUnits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema36,data:data6};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
if(data6 < 1 || isNaN(data6)){
const err11 = {instancePath:instancePath+"/billing/maxRead",schemaPath:"#/$defs/capacityUnits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36,data:data6};
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
if(data2.maxWrite !== undefined){
let data7 = data2.maxWrite;
if(!(((typeof data7 == "number") && (!(data7 % 1) && !isNaN(data7))) && (isFinite(data7)))){
const err12 = {instancePath:instancePath+"/billing/maxWrite",schemaPath:"#/$defs/capacityUnits/type",keyword:"type",params:{type: "integer"},message:"must be integer",schema:schema36.type,parentSchema:schema36,data:data7};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if((typeof data7 == "number") && (isFinite(data7))){
if(data7 > 9007199254740991 || isNaN(data7)){
const err13 = {instancePath:instancePath+"/billing/maxWrite",schemaPath:"#/$defs/capacityUnits/maximum",keyword:"maximum",params:{comparison: "<=", limit: 9007199254740991},message:"must be <= 9007199254740991",schema:9007199254740991,parentSchema:schema36,data:data7};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(data7 < 1 || isNaN(data7)){
const err14 = {instancePath:instancePath+"/billing/maxWrite",schemaPath:"#/$defs/capacityUnits/minimum",keyword:"minimum",params:{comparison: ">=", limit: 1},message:"must be >= 1",schema:1,parentSchema:schema36,data:data7};
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
const err15 = {instancePath:instancePath+"/billing",schemaPath:"#/properties/billing/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.properties.billing.type,parentSchema:schema53.properties.billing,data:data2};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
if(data.globalSecondaryIndexes !== undefined){
if(!(validate26(data.globalSecondaryIndexes, {instancePath:instancePath+"/globalSecondaryIndexes",parentData:data,parentDataProperty:"globalSecondaryIndexes",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.localSecondaryIndexes !== undefined){
if(!(validate35(data.localSecondaryIndexes, {instancePath:instancePath+"/localSecondaryIndexes",parentData:data,parentDataProperty:"localSecondaryIndexes",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.stream !== undefined){
let data10 = data.stream;
if(!(((((data10 === false) || (data10 === "KEYS_ONLY")) || (data10 === "NEW_IMAGE")) || (data10 === "OLD_IMAGE")) || (data10 === "NEW_AND_OLD_IMAGES"))){
const err16 = {instancePath:instancePath+"/stream",schemaPath:"#/$defs/stream/enum",keyword:"enum",params:{allowedValues: schema49.enum},message:"must be equal to one of the allowed values",schema:schema49.enum,parentSchema:schema49,data:data10};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
}
if(data.ttl !== undefined){
if(!(validate40(data.ttl, {instancePath:instancePath+"/ttl",parentData:data,parentDataProperty:"ttl",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
if(data.pointInTimeRecovery !== undefined){
let data12 = data.pointInTimeRecovery;
if(typeof data12 !== "boolean"){
const err17 = {instancePath:instancePath+"/pointInTimeRecovery",schemaPath:"#/properties/pointInTimeRecovery/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema53.properties.pointInTimeRecovery.type,parentSchema:schema53.properties.pointInTimeRecovery,data:data12};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
if(data.deletionProtection !== undefined){
let data13 = data.deletionProtection;
if(typeof data13 !== "boolean"){
const err18 = {instancePath:instancePath+"/deletionProtection",schemaPath:"#/properties/deletionProtection/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema53.properties.deletionProtection.type,parentSchema:schema53.properties.deletionProtection,data:data13};
if(vErrors === null){
vErrors = [err18];
}
else {
vErrors.push(err18);
}
errors++;
}
}
if(data.tableClass !== undefined){
let data14 = data.tableClass;
if(!((data14 === "STANDARD") || (data14 === "STANDARD_INFREQUENT_ACCESS"))){
const err19 = {instancePath:instancePath+"/tableClass",schemaPath:"#/properties/tableClass/enum",keyword:"enum",params:{allowedValues: schema53.properties.tableClass.enum},message:"must be equal to one of the allowed values",schema:schema53.properties.tableClass.enum,parentSchema:schema53.properties.tableClass,data:data14};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.tags !== undefined){
let data15 = data.tags;
if(data15 && typeof data15 == "object" && !Array.isArray(data15)){
if(Object.keys(data15).length > 50){
const err20 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties",schema:50,parentSchema:schema52,data:data15};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
for(const key2 in data15){
const _errs33 = errors;
if(typeof key2 === "string"){
if(func2(key2) > 128){
const err21 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/propertyNames/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema52.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
if(func2(key2) < 1){
const err22 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
if(!pattern7.test(key2)){
const err23 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(?![aA][wW][sS]:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"},message:"must match pattern \""+"^(?![aA][wW][sS]:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"+"\"",schema:"^(?![aA][wW][sS]:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$",parentSchema:schema52.propertyNames,data:key2,propertyName:key2};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
}
var valid8 = _errs33 === errors;
if(!valid8){
const err24 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema52.propertyNames,parentSchema:schema52,data:data15};
if(vErrors === null){
vErrors = [err24];
}
else {
vErrors.push(err24);
}
errors++;
}
}
for(const key3 in data15){
let data16 = data15[key3];
if(typeof data16 === "string"){
if(func2(data16) > 256){
const err25 = {instancePath:instancePath+"/tags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tags/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema52.additionalProperties,data:data16};
if(vErrors === null){
vErrors = [err25];
}
else {
vErrors.push(err25);
}
errors++;
}
if(!pattern8.test(data16)){
const err26 = {instancePath:instancePath+"/tags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tags/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"},message:"must match pattern \""+"^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"+"\"",schema:"^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$",parentSchema:schema52.additionalProperties,data:data16};
if(vErrors === null){
vErrors = [err26];
}
else {
vErrors.push(err26);
}
errors++;
}
}
else {
const err27 = {instancePath:instancePath+"/tags/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.additionalProperties.type,parentSchema:schema52.additionalProperties,data:data16};
if(vErrors === null){
vErrors = [err27];
}
else {
vErrors.push(err27);
}
errors++;
}
}
}
else {
const err28 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data:data15};
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
const err29 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema53.type,parentSchema:schema53,data};
if(vErrors === null){
vErrors = [err29];
}
else {
vErrors.push(err29);
}
errors++;
}
validate42.errors = vErrors;
return errors === 0;
}
validate42.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};


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
if(!(validate26(data.globalSecondaryIndexes, {instancePath:instancePath+"/globalSecondaryIndexes",parentData:data,parentDataProperty:"globalSecondaryIndexes",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate26.errors : vErrors.concat(validate26.errors);
errors = vErrors.length;
}
}
if(data.localSecondaryIndexes !== undefined){
if(!(validate35(data.localSecondaryIndexes, {instancePath:instancePath+"/localSecondaryIndexes",parentData:data,parentDataProperty:"localSecondaryIndexes",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate35.errors : vErrors.concat(validate35.errors);
errors = vErrors.length;
}
}
if(data.stream !== undefined){
let data6 = data.stream;
if(!(((((data6 === false) || (data6 === "KEYS_ONLY")) || (data6 === "NEW_IMAGE")) || (data6 === "OLD_IMAGE")) || (data6 === "NEW_AND_OLD_IMAGES"))){
const err7 = {instancePath:instancePath+"/stream",schemaPath:"#/$defs/stream/enum",keyword:"enum",params:{allowedValues: schema49.enum},message:"must be equal to one of the allowed values",schema:schema49.enum,parentSchema:schema49,data:data6};
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
if(!(validate40(data.ttl, {instancePath:instancePath+"/ttl",parentData:data,parentDataProperty:"ttl",rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate40.errors : vErrors.concat(validate40.errors);
errors = vErrors.length;
}
}
if(data.pointInTimeRecovery !== undefined){
let data8 = data.pointInTimeRecovery;
if(typeof data8 !== "boolean"){
const err8 = {instancePath:instancePath+"/pointInTimeRecovery",schemaPath:"#/properties/pointInTimeRecovery/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.pointInTimeRecovery.type,parentSchema:schema31.properties.pointInTimeRecovery,data:data8};
if(vErrors === null){
vErrors = [err8];
}
else {
vErrors.push(err8);
}
errors++;
}
}
if(data.deletionProtection !== undefined){
let data9 = data.deletionProtection;
if(typeof data9 !== "boolean"){
const err9 = {instancePath:instancePath+"/deletionProtection",schemaPath:"#/properties/deletionProtection/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema31.properties.deletionProtection.type,parentSchema:schema31.properties.deletionProtection,data:data9};
if(vErrors === null){
vErrors = [err9];
}
else {
vErrors.push(err9);
}
errors++;
}
}
if(data.tableClass !== undefined){
let data10 = data.tableClass;
if(!((data10 === "STANDARD") || (data10 === "STANDARD_INFREQUENT_ACCESS"))){
const err10 = {instancePath:instancePath+"/tableClass",schemaPath:"#/properties/tableClass/enum",keyword:"enum",params:{allowedValues: schema31.properties.tableClass.enum},message:"must be equal to one of the allowed values",schema:schema31.properties.tableClass.enum,parentSchema:schema31.properties.tableClass,data:data10};
if(vErrors === null){
vErrors = [err10];
}
else {
vErrors.push(err10);
}
errors++;
}
}
if(data.tags !== undefined){
let data11 = data.tags;
if(data11 && typeof data11 == "object" && !Array.isArray(data11)){
if(Object.keys(data11).length > 50){
const err11 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/maxProperties",keyword:"maxProperties",params:{limit: 50},message:"must NOT have more than 50 properties",schema:50,parentSchema:schema52,data:data11};
if(vErrors === null){
vErrors = [err11];
}
else {
vErrors.push(err11);
}
errors++;
}
for(const key1 in data11){
const _errs21 = errors;
if(typeof key1 === "string"){
if(func2(key1) > 128){
const err12 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/propertyNames/maxLength",keyword:"maxLength",params:{limit: 128},message:"must NOT have more than 128 characters",schema:128,parentSchema:schema52.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err12];
}
else {
vErrors.push(err12);
}
errors++;
}
if(func2(key1) < 1){
const err13 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/propertyNames/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema52.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err13];
}
else {
vErrors.push(err13);
}
errors++;
}
if(!pattern7.test(key1)){
const err14 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/propertyNames/pattern",keyword:"pattern",params:{pattern: "^(?![aA][wW][sS]:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"},message:"must match pattern \""+"^(?![aA][wW][sS]:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"+"\"",schema:"^(?![aA][wW][sS]:)[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$",parentSchema:schema52.propertyNames,data:key1,propertyName:key1};
if(vErrors === null){
vErrors = [err14];
}
else {
vErrors.push(err14);
}
errors++;
}
}
var valid4 = _errs21 === errors;
if(!valid4){
const err15 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/propertyNames",keyword:"propertyNames",params:{propertyName: key1},message:"property name must be valid",schema:schema52.propertyNames,parentSchema:schema52,data:data11};
if(vErrors === null){
vErrors = [err15];
}
else {
vErrors.push(err15);
}
errors++;
}
}
for(const key2 in data11){
let data12 = data11[key2];
if(typeof data12 === "string"){
if(func2(data12) > 256){
const err16 = {instancePath:instancePath+"/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tags/additionalProperties/maxLength",keyword:"maxLength",params:{limit: 256},message:"must NOT have more than 256 characters",schema:256,parentSchema:schema52.additionalProperties,data:data12};
if(vErrors === null){
vErrors = [err16];
}
else {
vErrors.push(err16);
}
errors++;
}
if(!pattern8.test(data12)){
const err17 = {instancePath:instancePath+"/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tags/additionalProperties/pattern",keyword:"pattern",params:{pattern: "^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"},message:"must match pattern \""+"^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$"+"\"",schema:"^[\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]*$",parentSchema:schema52.additionalProperties,data:data12};
if(vErrors === null){
vErrors = [err17];
}
else {
vErrors.push(err17);
}
errors++;
}
}
else {
const err18 = {instancePath:instancePath+"/tags/" + key2.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/$defs/tags/additionalProperties/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema52.additionalProperties.type,parentSchema:schema52.additionalProperties,data:data12};
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
else {
const err19 = {instancePath:instancePath+"/tags",schemaPath:"#/$defs/tags/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema52.type,parentSchema:schema52,data:data11};
if(vErrors === null){
vErrors = [err19];
}
else {
vErrors.push(err19);
}
errors++;
}
}
if(data.environments !== undefined){
let data13 = data.environments;
if(data13 && typeof data13 == "object" && !Array.isArray(data13)){
for(const key3 in data13){
const _errs27 = errors;
if(typeof key3 === "string"){
if(!pattern9.test(key3)){
const err20 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+$"+"\"",schema:"^[A-Za-z0-9_-]+$",parentSchema:schema31.properties.environments.propertyNames,data:key3,propertyName:key3};
if(vErrors === null){
vErrors = [err20];
}
else {
vErrors.push(err20);
}
errors++;
}
}
var valid6 = _errs27 === errors;
if(!valid6){
const err21 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames",keyword:"propertyNames",params:{propertyName: key3},message:"property name must be valid",schema:schema31.properties.environments.propertyNames,parentSchema:schema31.properties.environments,data:data13};
if(vErrors === null){
vErrors = [err21];
}
else {
vErrors.push(err21);
}
errors++;
}
}
for(const key4 in data13){
if(!(validate42(data13[key4], {instancePath:instancePath+"/environments/" + key4.replace(/~/g, "~0").replace(/\//g, "~1"),parentData:data13,parentDataProperty:key4,rootData,dynamicAnchors}))){
vErrors = vErrors === null ? validate42.errors : vErrors.concat(validate42.errors);
errors = vErrors.length;
}
}
}
else {
const err22 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.properties.environments.type,parentSchema:schema31.properties.environments,data:data13};
if(vErrors === null){
vErrors = [err22];
}
else {
vErrors.push(err22);
}
errors++;
}
}
}
else {
const err23 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema31.type,parentSchema:schema31,data};
if(vErrors === null){
vErrors = [err23];
}
else {
vErrors.push(err23);
}
errors++;
}
validate20.errors = vErrors;
return errors === 0;
}
validate20.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};

export const config = validate49;
const schema60 = {"$schema":"https://json-schema.org/draft/2020-12/schema","$id":"https://ddb-migrate.dev/schema/config.schema.json","title":"ddb-migrate project configuration","description":"ddb-migrate.yaml: named environments, chosen with --env NAME (or --local).","type":"object","additionalProperties":false,"properties":{"default":{"type":"string","description":"The environment used when no --env / --local / --endpoint-url is given."},"controlTable":{"type":"string","minLength":3,"maxLength":255,"pattern":"^[A-Za-z0-9_.-]+$","description":"Name of the control table (apply lock and history), created on first apply. Default ddb-migrate-state."},"requestTimeout":{"anyOf":[{"type":"string"},{"type":"number"}],"description":"How long one attempt of a call may take before it is retried, then reported: a duration (500ms, 30s, 1m) or a number of seconds, longer than zero. Default 10s for an endpoint on this machine, 30s otherwise. --request-timeout overrides it."},"localEngine":{"type":"object","additionalProperties":false,"description":"The embedded DynamoDB Local that --local starts in the background and keeps warm.","properties":{"idleTimeout":{"type":"string","pattern":"^(\\d+(\\.\\d+)?(ms|s|m|h))+$","description":"Stop the warm engine after this long without a command (e.g. 30m, 2h, 90s). Default 30m."}}},"environments":{"type":"object","description":"Named environments.","propertyNames":{"pattern":"^[A-Za-z0-9_-]+$","description":"Environment names: letters, digits, _ and -."},"additionalProperties":{"type":"object","additionalProperties":false,"properties":{"endpoint":{"type":"string","pattern":"^https?://[^\\s]+$","description":"DynamoDB endpoint URL (http:// or https://). Default: AWS's own."},"region":{"type":"string","minLength":1,"description":"AWS region. Default: AWS_REGION, AWS_DEFAULT_REGION, else us-east-1 (local targets: 'local')."},"profile":{"type":"string","minLength":1,"description":"AWS profile. Default: AWS_PROFILE, else the default credential chain."},"protected":{"type":"boolean","description":"Refuse reset and drop. Default false."},"fixtures":{"type":"boolean","description":"Load fixtures on apply and reset. Default: true when the endpoint actually used is on this machine (localhost, 127.0.0.1, ::1), else false."},"local":{"type":"boolean","description":"Behave like --local (localhost:8000 or the embedded engine). Default false."},"requestTimeout":{"anyOf":[{"type":"string"},{"type":"number"}],"description":"This environment's request timeout, over the top-level requestTimeout: a duration (500ms, 30s, 1m) or a number of seconds, longer than zero."}}}}}};
const pattern13 = new RegExp("^(\\d+(\\.\\d+)?(ms|s|m|h))+$", "u");
const pattern15 = new RegExp("^https?://[^\\s]+$", "u");

function validate49(data, {instancePath="", parentData, parentDataProperty, rootData=data, dynamicAnchors={}}={}){
/*# sourceURL="https://ddb-migrate.dev/schema/config.schema.json" */;
let vErrors = null;
let errors = 0;
const evaluated0 = validate49.evaluated;
if(evaluated0.dynamicProps){
evaluated0.props = undefined;
}
if(evaluated0.dynamicItems){
evaluated0.items = undefined;
}
if(data && typeof data == "object" && !Array.isArray(data)){
for(const key0 in data){
if(!(((((key0 === "default") || (key0 === "controlTable")) || (key0 === "requestTimeout")) || (key0 === "localEngine")) || (key0 === "environments"))){
const err0 = {instancePath,schemaPath:"#/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key0},message:"must NOT have additional properties",schema:false,parentSchema:schema60,data};
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
const err1 = {instancePath:instancePath+"/default",schemaPath:"#/properties/default/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.default.type,parentSchema:schema60.properties.default,data:data0};
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
const err2 = {instancePath:instancePath+"/controlTable",schemaPath:"#/properties/controlTable/maxLength",keyword:"maxLength",params:{limit: 255},message:"must NOT have more than 255 characters",schema:255,parentSchema:schema60.properties.controlTable,data:data1};
if(vErrors === null){
vErrors = [err2];
}
else {
vErrors.push(err2);
}
errors++;
}
if(func2(data1) < 3){
const err3 = {instancePath:instancePath+"/controlTable",schemaPath:"#/properties/controlTable/minLength",keyword:"minLength",params:{limit: 3},message:"must NOT have fewer than 3 characters",schema:3,parentSchema:schema60.properties.controlTable,data:data1};
if(vErrors === null){
vErrors = [err3];
}
else {
vErrors.push(err3);
}
errors++;
}
if(!pattern4.test(data1)){
const err4 = {instancePath:instancePath+"/controlTable",schemaPath:"#/properties/controlTable/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_.-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_.-]+$"+"\"",schema:"^[A-Za-z0-9_.-]+$",parentSchema:schema60.properties.controlTable,data:data1};
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
const err5 = {instancePath:instancePath+"/controlTable",schemaPath:"#/properties/controlTable/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.controlTable.type,parentSchema:schema60.properties.controlTable,data:data1};
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
const err6 = {instancePath:instancePath+"/requestTimeout",schemaPath:"#/properties/requestTimeout/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.requestTimeout.anyOf[0].type,parentSchema:schema60.properties.requestTimeout.anyOf[0],data:data2};
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
const err7 = {instancePath:instancePath+"/requestTimeout",schemaPath:"#/properties/requestTimeout/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema60.properties.requestTimeout.anyOf[1].type,parentSchema:schema60.properties.requestTimeout.anyOf[1],data:data2};
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
const err8 = {instancePath:instancePath+"/requestTimeout",schemaPath:"#/properties/requestTimeout/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema60.properties.requestTimeout.anyOf,parentSchema:schema60.properties.requestTimeout,data:data2};
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
const err9 = {instancePath:instancePath+"/localEngine",schemaPath:"#/properties/localEngine/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key1},message:"must NOT have additional properties",schema:false,parentSchema:schema60.properties.localEngine,data:data3};
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
if(!pattern13.test(data4)){
const err10 = {instancePath:instancePath+"/localEngine/idleTimeout",schemaPath:"#/properties/localEngine/properties/idleTimeout/pattern",keyword:"pattern",params:{pattern: "^(\\d+(\\.\\d+)?(ms|s|m|h))+$"},message:"must match pattern \""+"^(\\d+(\\.\\d+)?(ms|s|m|h))+$"+"\"",schema:"^(\\d+(\\.\\d+)?(ms|s|m|h))+$",parentSchema:schema60.properties.localEngine.properties.idleTimeout,data:data4};
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
const err11 = {instancePath:instancePath+"/localEngine/idleTimeout",schemaPath:"#/properties/localEngine/properties/idleTimeout/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.localEngine.properties.idleTimeout.type,parentSchema:schema60.properties.localEngine.properties.idleTimeout,data:data4};
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
const err12 = {instancePath:instancePath+"/localEngine",schemaPath:"#/properties/localEngine/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.properties.localEngine.type,parentSchema:schema60.properties.localEngine,data:data3};
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
if(!pattern9.test(key2)){
const err13 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames/pattern",keyword:"pattern",params:{pattern: "^[A-Za-z0-9_-]+$"},message:"must match pattern \""+"^[A-Za-z0-9_-]+$"+"\"",schema:"^[A-Za-z0-9_-]+$",parentSchema:schema60.properties.environments.propertyNames,data:key2,propertyName:key2};
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
const err14 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/propertyNames",keyword:"propertyNames",params:{propertyName: key2},message:"property name must be valid",schema:schema60.properties.environments.propertyNames,parentSchema:schema60.properties.environments,data:data5};
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
const err15 = {instancePath:instancePath+"/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environments/additionalProperties/additionalProperties",keyword:"additionalProperties",params:{additionalProperty: key4},message:"must NOT have additional properties",schema:false,parentSchema:schema60.properties.environments.additionalProperties,data:data6};
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
if(!pattern15.test(data7)){
const err16 = {instancePath:instancePath+"/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/endpoint",schemaPath:"#/properties/environments/additionalProperties/properties/endpoint/pattern",keyword:"pattern",params:{pattern: "^https?://[^\\s]+$"},message:"must match pattern \""+"^https?://[^\\s]+$"+"\"",schema:"^https?://[^\\s]+$",parentSchema:schema60.properties.environments.additionalProperties.properties.endpoint,data:data7};
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
const err17 = {instancePath:instancePath+"/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/endpoint",schemaPath:"#/properties/environments/additionalProperties/properties/endpoint/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.environments.additionalProperties.properties.endpoint.type,parentSchema:schema60.properties.environments.additionalProperties.properties.endpoint,data:data7};
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
const err18 = {instancePath:instancePath+"/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/region",schemaPath:"#/properties/environments/additionalProperties/properties/region/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema60.properties.environments.additionalProperties.properties.region,data:data8};
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
const err19 = {instancePath:instancePath+"/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/region",schemaPath:"#/properties/environments/additionalProperties/properties/region/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.environments.additionalProperties.properties.region.type,parentSchema:schema60.properties.environments.additionalProperties.properties.region,data:data8};
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
const err20 = {instancePath:instancePath+"/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/profile",schemaPath:"#/properties/environments/additionalProperties/properties/profile/minLength",keyword:"minLength",params:{limit: 1},message:"must NOT have fewer than 1 characters",schema:1,parentSchema:schema60.properties.environments.additionalProperties.properties.profile,data:data9};
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
const err21 = {instancePath:instancePath+"/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/profile",schemaPath:"#/properties/environments/additionalProperties/properties/profile/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.environments.additionalProperties.properties.profile.type,parentSchema:schema60.properties.environments.additionalProperties.properties.profile,data:data9};
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
const err22 = {instancePath:instancePath+"/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/protected",schemaPath:"#/properties/environments/additionalProperties/properties/protected/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema60.properties.environments.additionalProperties.properties.protected.type,parentSchema:schema60.properties.environments.additionalProperties.properties.protected,data:data10};
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
const err23 = {instancePath:instancePath+"/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/fixtures",schemaPath:"#/properties/environments/additionalProperties/properties/fixtures/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema60.properties.environments.additionalProperties.properties.fixtures.type,parentSchema:schema60.properties.environments.additionalProperties.properties.fixtures,data:data11};
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
const err24 = {instancePath:instancePath+"/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/local",schemaPath:"#/properties/environments/additionalProperties/properties/local/type",keyword:"type",params:{type: "boolean"},message:"must be boolean",schema:schema60.properties.environments.additionalProperties.properties.local.type,parentSchema:schema60.properties.environments.additionalProperties.properties.local,data:data12};
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
const err25 = {instancePath:instancePath+"/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/requestTimeout",schemaPath:"#/properties/environments/additionalProperties/properties/requestTimeout/anyOf/0/type",keyword:"type",params:{type: "string"},message:"must be string",schema:schema60.properties.environments.additionalProperties.properties.requestTimeout.anyOf[0].type,parentSchema:schema60.properties.environments.additionalProperties.properties.requestTimeout.anyOf[0],data:data13};
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
const err26 = {instancePath:instancePath+"/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/requestTimeout",schemaPath:"#/properties/environments/additionalProperties/properties/requestTimeout/anyOf/1/type",keyword:"type",params:{type: "number"},message:"must be number",schema:schema60.properties.environments.additionalProperties.properties.requestTimeout.anyOf[1].type,parentSchema:schema60.properties.environments.additionalProperties.properties.requestTimeout.anyOf[1],data:data13};
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
const err27 = {instancePath:instancePath+"/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1")+"/requestTimeout",schemaPath:"#/properties/environments/additionalProperties/properties/requestTimeout/anyOf",keyword:"anyOf",params:{},message:"must match a schema in anyOf",schema:schema60.properties.environments.additionalProperties.properties.requestTimeout.anyOf,parentSchema:schema60.properties.environments.additionalProperties.properties.requestTimeout,data:data13};
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
const err28 = {instancePath:instancePath+"/environments/" + key3.replace(/~/g, "~0").replace(/\//g, "~1"),schemaPath:"#/properties/environments/additionalProperties/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.properties.environments.additionalProperties.type,parentSchema:schema60.properties.environments.additionalProperties,data:data6};
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
const err29 = {instancePath:instancePath+"/environments",schemaPath:"#/properties/environments/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.properties.environments.type,parentSchema:schema60.properties.environments,data:data5};
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
const err30 = {instancePath,schemaPath:"#/type",keyword:"type",params:{type: "object"},message:"must be object",schema:schema60.type,parentSchema:schema60,data};
if(vErrors === null){
vErrors = [err30];
}
else {
vErrors.push(err30);
}
errors++;
}
validate49.errors = vErrors;
return errors === 0;
}
validate49.evaluated = {"props":true,"dynamicProps":false,"dynamicItems":false};
