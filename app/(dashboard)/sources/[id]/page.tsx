import { redirect } from "next/navigation";

export default async function SourceIndex({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  redirect(`/sources/${id}/base-configuration`);
}
