# Reference app for SNS.TopicGrants: grants on a topic construct and on CfnTopics (whose topic
# policy and key policy are made or extended as the AWS CDK does).
import aws_cdk as cdk
from aws_cdk import aws_sns as sns, aws_iam as iam, aws_kms as kms

app = cdk.App()
stack = cdk.Stack(app, "Grants")
user = iam.User(stack, "User")
service = iam.ServicePrincipal("some.service.amazonaws.com")

plain = sns.CfnTopic(stack, "Topic")
sns.TopicGrants.from_topic(plain).publish(user)
sns.TopicGrants.from_topic(plain).publish(service)
sns.TopicGrants.from_topic(plain).subscribe(iam.ServicePrincipal("other.service.amazonaws.com"))

key = kms.CfnKey(stack, "CustomKey", key_policy={"Statement": []})
encrypted = sns.CfnTopic(stack, "Encrypted", kms_master_key_id=key.attr_key_id)
sns.TopicGrants.from_topic(encrypted).publish(service)
sns.TopicGrants.from_topic(encrypted).publish(user)

# A key construct's policy is a token: grants change the grantee's policy only.
l2_key = kms.Key(stack, "L2Key")
with_l2_key = sns.CfnTopic(stack, "WithL2Key", kms_master_key_id=l2_key.key_arn)
sns.TopicGrants.from_topic(with_l2_key).publish(user)

topic = sns.Topic(stack, "L2")
topic.grants.publish(user)
sns.TopicGrants.from_topic(topic).subscribe(user)
topic.grants.actions(user, ["sns:GetTopicAttributes"])
topic.grants.actions(user, ["sns:ListTopics"], resource_arns=["*"])
sns.TopicGrants.from_topic(plain).actions(service, ["sns:GetTopicAttributes"], resource_arns=["*"])
app.synth()
