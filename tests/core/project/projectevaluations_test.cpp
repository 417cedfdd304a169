#include "core/project/project.h"

#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace synthreg::core;

namespace {
std::unique_ptr<Project> newProject(const QTemporaryDir &dir, Table *data)
{
    data->addColumn(Column::numeric(QStringLiteral("age"), {50, 61, 72, 48, 55}));
    Schema schema;
    schema.columns << ColumnSpec{QStringLiteral("age"), ColumnRole::Continuous};
    QString error;
    auto project = Project::create(dir.filePath(QStringLiteral("p.synthreg")), ImportRequest{QStringLiteral("age.csv")},
                                   *data, schema, &error);
    EXPECT_TRUE(project) << error.toStdString();
    return project;
}
} // namespace

TEST(ProjectEvaluations, SplitIsStoredOnceAndReadBackExactly)
{
    QTemporaryDir dir;
    Table data;
    auto project = newProject(dir, &data);
    ASSERT_TRUE(project);
    EXPECT_FALSE(project->split());
    const DataSplit split = makeHoldoutSplit(data, 0.4, 12345678901234567ULL);
    ASSERT_TRUE(project->saveSplit(split)) << project->errorString().toStdString();
    EXPECT_FALSE(project->saveSplit(makeHoldoutSplit(data, 0.2, 1)));
    EXPECT_TRUE(project->errorString().contains(QStringLiteral("already has")));

    QString error;
    auto reopened = Project::open(dir.filePath(QStringLiteral("p.synthreg")), &error);
    ASSERT_TRUE(reopened) << error.toStdString();
    ASSERT_TRUE(reopened->split());
    EXPECT_EQ(*reopened->split(), split);
}

TEST(ProjectEvaluations, EvaluationsAreKeptWithAnAuditEntry)
{
    QTemporaryDir dir;
    Table data;
    auto project = newProject(dir, &data);
    ASSERT_TRUE(project);
    StoredEvaluation evaluation{0, {}, QStringLiteral("synthetic.csv"), QStringLiteral("ab12"),
                                QStringLiteral("{\"target\":\"age\"}"), QStringLiteral("{\"fidelity\":{}}")};
    ASSERT_TRUE(project->saveEvaluation(evaluation)) << project->errorString().toStdString();
    EXPECT_GT(evaluation.id, 0);
    const QList<StoredEvaluation> stored = project->evaluations();
    ASSERT_EQ(stored.size(), 1);
    EXPECT_EQ(stored[0].reportJson, evaluation.reportJson);
    EXPECT_EQ(stored[0].syntheticName, QStringLiteral("synthetic.csv"));
    EXPECT_EQ(project->auditLog().last().action, QStringLiteral("evaluation.save"));
    EXPECT_EQ(project->auditLog().last().inputSha256, QStringLiteral("ab12"));
}
