import { Controller, Get, Query, Req } from "@nestjs/common";
import { InjectModel } from "@nestjs/mongoose";
import { Model } from "mongoose";
import { Note } from "./note.schema";

@Controller("notes")
export class NotesController {
  constructor(@InjectModel(Note.name) private readonly notes: Model<Note>) {}

  @Get("shared")
  async sharedWithMe(@Req() req: { user: { id: string } }, @Query("tag") tag: string) {
    const where = `this.sharedWith.indexOf('${req.user.id}') >= 0 && this.tags.indexOf('${tag}') >= 0`;
    return this.notes.find({ $where: where }).select("title updatedAt tags").limit(100).lean();
  }
}
